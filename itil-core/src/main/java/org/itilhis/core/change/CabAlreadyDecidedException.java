package org.itilhis.core.change;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.Text;

/** A vote after the board decided: the decision stands and is never reversed. */
public final class CabAlreadyDecidedException extends DomainException {
    public CabAlreadyDecidedException(CabId board, StaffId voter, CabDecision decision) {
        super("change.cab.decided", voter, board, Text.label(decision));
    }
}
