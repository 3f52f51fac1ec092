package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.common.StaffMember;

/** A staff directory filled by hand. */
public final class InMemoryStaffDirectory implements StaffDirectory {
    private final Map<StaffId, StaffMember> members = new ConcurrentHashMap<>();
    private final Map<GroupId, AssignmentGroup> groups = new ConcurrentHashMap<>();

    public InMemoryStaffDirectory add(StaffMember member) {
        members.put(member.id(), member);
        return this;
    }

    public InMemoryStaffDirectory add(AssignmentGroup group) {
        groups.put(group.id(), group);
        return this;
    }

    @Override
    public Optional<StaffMember> member(StaffId id) {
        return Optional.ofNullable(members.get(checkNotNull(id, "id")));
    }

    @Override
    public Optional<AssignmentGroup> group(GroupId id) {
        return Optional.ofNullable(groups.get(checkNotNull(id, "id")));
    }

    @Override
    public ImmutableSet<GroupId> groupsOf(StaffId id) {
        checkNotNull(id, "id");
        return groups.values().stream()
                .filter(group -> group.hasMember(id))
                .map(AssignmentGroup::id)
                .collect(ImmutableSet.toImmutableSet());
    }
}
