package org.itilhis.core.access;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * The facts a scope is decided on: the record's caller, owning group and assignee (absent
 * for a record that does not exist yet or has none) and the assignment groups the actor
 * belongs to.
 */
public record AccessContext(Optional<StaffId> caller, Optional<GroupId> owningGroup, Optional<StaffId> assignee,
                            ImmutableSet<GroupId> actorGroups) {
    public AccessContext {
        checkNotNull(caller, "caller");
        checkNotNull(owningGroup, "owningGroup");
        checkNotNull(assignee, "assignee");
        checkNotNull(actorGroups, "actorGroups");
    }

    /** For a record of {@code caller} owned by {@code owningGroup}, assigned to no one in particular. */
    public static AccessContext of(StaffId caller, GroupId owningGroup, Iterable<GroupId> actorGroups) {
        return of(caller, owningGroup, Optional.empty(), actorGroups);
    }

    /** For a record of {@code caller} owned by {@code owningGroup} and assigned to {@code assignee}, if anyone. */
    public static AccessContext of(StaffId caller, GroupId owningGroup, Optional<StaffId> assignee,
                                   Iterable<GroupId> actorGroups) {
        return new AccessContext(Optional.of(caller), Optional.of(owningGroup), assignee,
                ImmutableSet.copyOf(actorGroups));
    }

    /** For a record being created on behalf of {@code caller}: no owning group yet. */
    public static AccessContext onBehalfOf(StaffId caller, Iterable<GroupId> actorGroups) {
        return new AccessContext(Optional.of(caller), Optional.empty(), Optional.empty(),
                ImmutableSet.copyOf(actorGroups));
    }

    /** For a question about no particular record (the work queue, a search). */
    public static AccessContext general(Iterable<GroupId> actorGroups) {
        return new AccessContext(Optional.empty(), Optional.empty(), Optional.empty(),
                ImmutableSet.copyOf(actorGroups));
    }
}
