package org.itilhis.core.roster;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * Someone who is not a member of the roster's group (field {@code engineer}, or {@code
 * counterpart} of a swap) named for a duty of it.
 */
public final class NotInGroupException extends DomainException {
    public NotInGroupException(String field, StaffId engineer, GroupId group) {
        super("roster.not-in-group", field, engineer, group);
    }
}
