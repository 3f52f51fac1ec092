package org.itilhis.ports.change.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.access.Permission;
import org.itilhis.core.change.Change;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;

/**
 * Who sees what of change management. A change is seen with {@code VIEW_CHANGE} in a scope
 * covering its assignment group (the group that does the work); what is published to the
 * hospital (the forward schedule, the configuration) needs {@code VIEW_CHANGE} in any scope.
 */
final class ChangeVisibility {
    private ChangeVisibility() {
    }

    /** The facts the access policy decides on for a change: no caller, its assignment group, no assignee. */
    static AccessContext contextOf(GroupId group, ImmutableSet<GroupId> actorGroups) {
        return new AccessContext(Optional.empty(), Optional.of(checkNotNull(group, "group")), Optional.empty(),
                actorGroups);
    }

    static AccessContext contextOf(Change change, ImmutableSet<GroupId> actorGroups) {
        return contextOf(change.request().group(), actorGroups);
    }

    static boolean seen(AccessPolicy access, Actor actor, Change change, ImmutableSet<GroupId> actorGroups) {
        return access.permits(actor, Permission.VIEW_CHANGE, contextOf(change, actorGroups));
    }

    /**
     * Checks the actor holds {@code VIEW_CHANGE} somewhere, as reading the published schedule and
     * configuration needs.
     *
     * @throws NotPermittedException if no scope
     */
    static void requireSomeView(AccessPolicy access, Actor actor, String what) {
        Set<?> scopes = access.scopes(checkNotNull(actor, "actor"), Permission.VIEW_CHANGE);
        if (scopes.isEmpty()) {
            throw new NotPermittedException(actor.staffId(), Permission.VIEW_CHANGE, what);
        }
    }
}
