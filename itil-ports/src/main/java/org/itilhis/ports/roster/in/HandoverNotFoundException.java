package org.itilhis.ports.roster.in;

import org.itilhis.core.roster.HandoverId;
import org.itilhis.core.shared.DomainException;

/** No such shift handover, or none the actor may see (the two are not told apart, on purpose). */
public final class HandoverNotFoundException extends DomainException {
    public HandoverNotFoundException(HandoverId id) {
        super("handover.not-found", id);
    }
}
