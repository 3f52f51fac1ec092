package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.StaffDirectory;

/** Who may see and manage the relay: it belongs to no group, so permissions are decided in general. */
final class RelayAccess {
    private final AccessPolicy policy;
    private final StaffDirectory directory;

    RelayAccess(AccessPolicy policy, StaffDirectory directory) {
        this.policy = checkNotNull(policy, "policy");
        this.directory = checkNotNull(directory, "directory");
    }

    /** @throws org.itilhis.core.access.NotPermittedException if the actor may not do {@code permission} */
    void check(Actor actor, Permission permission, String record) {
        policy.check(actor, permission, AccessContext.general(directory.groupsOf(actor.staffId())), record);
    }
}
