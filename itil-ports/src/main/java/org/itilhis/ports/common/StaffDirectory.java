package org.itilhis.ports.common;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * The hospital's staff and assignment groups, usually from the HIS or the directory.
 * Read-only for the library.
 *
 * <p>An unknown staff id or group id is not an error: the lookups answer empty. The three
 * lookups agree with one another: {@link #groupsOf} names exactly the groups whose
 * {@link AssignmentGroup#members() members} include the person (so a lead belongs to the
 * group they lead), and each of them is found by {@link #group}. The services decide with
 * them who may see and work a ticket, which engineer a group may be assigned with, and whom
 * to notify; they call the directory from several threads at once.
 * {@code org.itilhis.testkit.contract.StaffDirectoryContract} checks an implementation.
 */
public interface StaffDirectory {
    /** The person with staff number {@code id}, or empty if the directory does not know them. */
    Optional<StaffMember> member(StaffId id);

    /** The assignment group {@code id} with its lead and members, or empty if there is none. */
    Optional<AssignmentGroup> group(GroupId id);

    /**
     * The groups {@code id} belongs to (as engineer or lead); empty for a reporter and for a
     * staff id the directory does not know.
     */
    ImmutableSet<GroupId> groupsOf(StaffId id);
}
