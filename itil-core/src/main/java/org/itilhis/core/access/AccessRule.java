package org.itilhis.core.access;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.shared.Role;
import org.itilhis.core.shared.StaffId;

/** One line of the access table: {@code role} may {@code permission} on records in {@code scope}. */
public record AccessRule(Role role, Permission permission, Scope scope) {
    public AccessRule {
        checkNotNull(role, "role");
        checkNotNull(permission, "permission");
        checkNotNull(scope, "scope");
    }

    boolean covers(AccessContext context, StaffId actor) {
        return switch (scope) {
            case ANY -> true;
            case OWN -> context.caller().map(actor::equals).orElse(false);
            case GROUP -> context.owningGroup().map(context.actorGroups()::contains).orElse(false)
                    || context.assignee().map(actor::equals).orElse(false);
        };
    }

    @Override
    public String toString() {
        return role + " " + permission + " " + scope;
    }
}
