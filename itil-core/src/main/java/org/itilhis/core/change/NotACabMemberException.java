package org.itilhis.core.change;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;

/** A vote (field {@code member}) by someone who is not a member of the board asked to approve. */
public final class NotACabMemberException extends DomainException {
    public NotACabMemberException(CabId board, StaffId voter) {
        super("change.cab.not-a-member", voter, board);
    }
}
