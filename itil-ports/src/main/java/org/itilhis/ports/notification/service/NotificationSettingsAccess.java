package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.access.Permission;
import org.itilhis.core.access.Scope;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.StaffDirectory;

/**
 * Who may change and read who gets what: a rule or robot naming a group is decided in that
 * group's scope (its lead may), one naming no group and the templates in general (the
 * director); a preference in its person's own scope (they may, and the director).
 */
final class NotificationSettingsAccess {
    private final AccessPolicy policy;
    private final StaffDirectory directory;

    NotificationSettingsAccess(AccessPolicy policy, StaffDirectory directory) {
        this.policy = checkNotNull(policy, "policy");
        this.directory = checkNotNull(directory, "directory");
    }

    /** @throws NotPermittedException unless the actor holds {@code permission} for {@code group} (in general when none) */
    void checkGroup(Actor actor, Permission permission, Optional<GroupId> group, String record) {
        policy.check(actor, permission, context(actor, group), record);
    }

    boolean permitsGroup(Actor actor, Permission permission, Optional<GroupId> group) {
        return policy.permits(actor, permission, context(actor, group));
    }

    /** @throws NotPermittedException unless the actor holds {@code VIEW_NOTIFICATIONS} in some scope */
    void checkMayView(Actor actor, String record) {
        if (policy.scopes(actor, Permission.VIEW_NOTIFICATIONS).isEmpty()) {
            throw new NotPermittedException(actor.staffId(), Permission.VIEW_NOTIFICATIONS, record);
        }
    }

    boolean viewsAll(Actor actor) {
        return policy.scopes(actor, Permission.VIEW_NOTIFICATIONS).contains(Scope.ANY);
    }

    /** @throws NotPermittedException unless the actor may set {@code staff}'s preference */
    void checkPreference(Actor actor, StaffId staff) {
        policy.check(actor, Permission.SET_NOTIFICATION_PREFERENCE,
                AccessContext.onBehalfOf(staff, directory.groupsOf(actor.staffId())), staff.value());
    }

    private AccessContext context(Actor actor, Optional<GroupId> group) {
        var groups = directory.groupsOf(actor.staffId());
        return group.map(g -> new AccessContext(Optional.empty(), Optional.of(g), Optional.empty(),
                        com.google.common.collect.ImmutableSet.copyOf(groups)))
                .orElseGet(() -> AccessContext.general(groups));
    }
}
