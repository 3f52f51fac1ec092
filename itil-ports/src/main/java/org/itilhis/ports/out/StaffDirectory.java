package org.itilhis.ports.out;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * The hospital's staff and assignment groups, usually from the HIS or the directory.
 * Read-only for the library.
 */
public interface StaffDirectory {
    Optional<StaffMember> member(StaffId id);

    Optional<AssignmentGroup> group(GroupId id);

    /** The groups {@code id} belongs to (as engineer or lead); empty for a reporter. */
    ImmutableSet<GroupId> groupsOf(StaffId id);
}
