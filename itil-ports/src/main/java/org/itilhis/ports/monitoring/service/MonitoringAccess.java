package org.itilhis.ports.monitoring.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.StaffDirectory;

/** Who may do what with monitoring: sources and rules belong to no group, so each permission is decided in general. */
final class MonitoringAccess {
    private final AccessPolicy policy;
    private final StaffDirectory directory;

    MonitoringAccess(AccessPolicy policy, StaffDirectory directory) {
        this.policy = checkNotNull(policy, "policy");
        this.directory = checkNotNull(directory, "directory");
    }

    /** @throws org.itilhis.core.access.NotPermittedException if the actor may not do {@code permission} */
    void check(Actor actor, Permission permission, String record) {
        policy.check(actor, permission, AccessContext.general(directory.groupsOf(actor.staffId())), record);
    }
}
