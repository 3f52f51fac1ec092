package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.StaffDirectory;

/**
 * Who may do what with the stock: the stock belongs to no group, so every permission is
 * decided in general (scope {@code ANY}); doing anything also needs {@code VIEW_STOCK}.
 */
final class StockAccess {
    private final AccessPolicy policy;
    private final StaffDirectory directory;

    StockAccess(AccessPolicy policy, StaffDirectory directory) {
        this.policy = checkNotNull(policy, "policy");
        this.directory = checkNotNull(directory, "directory");
    }

    /** @throws org.itilhis.core.access.NotPermittedException if the actor may not see stock or do {@code permission} */
    void check(Actor actor, Permission permission, String record) {
        AccessContext context = AccessContext.general(directory.groupsOf(actor.staffId()));
        policy.check(actor, Permission.VIEW_STOCK, context, record);
        if (permission != Permission.VIEW_STOCK) {
            policy.check(actor, permission, context, record);
        }
    }
}
