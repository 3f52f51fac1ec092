package org.itilhis.ports.operations.in;

import org.itilhis.core.inspection.RoundId;
import org.itilhis.core.shared.DomainException;

/** No such inspection round, or none the actor may see (the two are not told apart, on purpose). */
public final class InspectionRoundNotFoundException extends DomainException {
    public InspectionRoundNotFoundException(RoundId id) {
        super("inspection.round.not-found", id);
    }
}
