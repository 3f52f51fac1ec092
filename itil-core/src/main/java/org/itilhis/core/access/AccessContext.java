package org.itilhis.core.access;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * The facts a scope is decided on: the record's caller and owning group (absent for a
 * record that does not exist yet) and the assignment groups the actor belongs to.
 */
public record AccessContext(Optional<StaffId> caller, Optional<GroupId> owningGroup, ImmutableSet<GroupId> actorGroups) {
    public AccessContext {
        checkNotNull(caller, "caller");
        checkNotNull(owningGroup, "owningGroup");
        checkNotNull(actorGroups, "actorGroups");
    }

    public static AccessContext of(StaffId caller, GroupId owningGroup, Iterable<GroupId> actorGroups) {
        return new AccessContext(Optional.of(caller), Optional.of(owningGroup), ImmutableSet.copyOf(actorGroups));
    }

    /** For a record being created on behalf of {@code caller}: no owning group yet. */
    public static AccessContext onBehalfOf(StaffId caller, Iterable<GroupId> actorGroups) {
        return new AccessContext(Optional.of(caller), Optional.empty(), ImmutableSet.copyOf(actorGroups));
    }

    /** For a question about no particular record (the work queue, a search). */
    public static AccessContext general(Iterable<GroupId> actorGroups) {
        return new AccessContext(Optional.empty(), Optional.empty(), ImmutableSet.copyOf(actorGroups));
    }
}
