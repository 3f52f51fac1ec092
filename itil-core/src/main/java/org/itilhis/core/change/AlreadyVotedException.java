package org.itilhis.core.change;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;

/** A member's second vote on the same change: each member votes once. */
public final class AlreadyVotedException extends DomainException {
    public AlreadyVotedException(CabId board, StaffId voter) {
        super("change.cab.already-voted", voter, board);
    }
}
