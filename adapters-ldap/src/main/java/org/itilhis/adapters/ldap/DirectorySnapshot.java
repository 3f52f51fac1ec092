package org.itilhis.adapters.ldap;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.Instant;
import org.itilhis.adapters.ldap.RefreshResult.LeftOut;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.Role;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.StaffMember;

/**
 * The staff as one reading of the directory found them; replaced whole, never changed, so
 * that every lookup sees one consistent reading.
 *
 * @param groupsOf the assignment groups of each person, as their {@code members} list them
 * @param problems what the reading could not map (a group not found, a group without lead),
 *                 in words without personal data, for the log
 */
record DirectorySnapshot(
        ImmutableMap<StaffId, StaffMember> people,
        ImmutableMap<GroupId, AssignmentGroup> groups,
        ImmutableSetMultimap<StaffId, GroupId> groupsOf,
        ImmutableSetMultimap<StaffId, Role> roles,
        ImmutableMap<LeftOut, Integer> leftOut,
        ImmutableList<String> problems,
        Instant takenAt) {

    DirectorySnapshot {
        checkNotNull(people, "people");
        checkNotNull(groups, "groups");
        checkNotNull(groupsOf, "groupsOf");
        checkNotNull(roles, "roles");
        checkNotNull(leftOut, "leftOut");
        checkNotNull(problems, "problems");
        checkNotNull(takenAt, "takenAt");
    }
}
