package org.itilhis.core.roster;

import java.util.List;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.GroupId;

/** A shift code (field {@code shift}) the group's shift set does not have; says which it has. */
public final class UnknownShiftException extends DomainException {
    public UnknownShiftException(GroupId group, String shift, List<String> known) {
        super("roster.shift.unknown", shift, group, String.join(", ", known));
    }
}
