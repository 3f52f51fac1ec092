package org.itilhis.ports.roster.in;

import org.itilhis.core.roster.RosterId;
import org.itilhis.core.shared.DomainException;

/** No such roster, or none the actor may see (the two are not told apart, on purpose). */
public final class RosterNotFoundException extends DomainException {
    public RosterNotFoundException(RosterId id) {
        super("roster.not-found", id);
    }
}
