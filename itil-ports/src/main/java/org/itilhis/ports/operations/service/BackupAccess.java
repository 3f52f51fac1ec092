package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.backup.BackupJob;
import org.itilhis.core.backup.BackupJobCode;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.operations.in.BackupJobNotFoundException;
import org.itilhis.ports.operations.out.BackupJobRepository;
import org.itilhis.ports.servicedesk.in.AssignmentRefusedException;

/**
 * Who may do what on a group's backup records: the permission in scope {@code GROUP} when the
 * job's group is one of the actor's groups (the directory's), or in scope {@code ANY}; every
 * permission besides {@code VIEW_BACKUPS} needs that one too.
 */
final class BackupAccess {
    private final AccessPolicy access;
    private final StaffDirectory directory;
    private final BackupJobRepository jobs;

    BackupAccess(AccessPolicy access, StaffDirectory directory, BackupJobRepository jobs) {
        this.access = checkNotNull(access, "access");
        this.directory = checkNotNull(directory, "directory");
        this.jobs = checkNotNull(jobs, "jobs");
    }

    private AccessContext context(Actor actor, GroupId group) {
        return new AccessContext(Optional.empty(), Optional.of(group), Optional.empty(),
                directory.groupsOf(actor.staffId()));
    }

    boolean sees(Actor actor, GroupId group) {
        return access.permits(actor, Permission.VIEW_BACKUPS, context(actor, group));
    }

    /**
     * Checks the actor may see the group's backups and do {@code permission}.
     *
     * @throws org.itilhis.core.access.NotPermittedException if not
     */
    void check(Actor actor, Permission permission, GroupId group, String record) {
        AccessContext context = context(actor, group);
        access.check(actor, Permission.VIEW_BACKUPS, context, record);
        access.check(actor, permission, context, record);
    }

    /** @throws BackupJobNotFoundException if there is no such job, or the actor may not see its group's */
    BackupJob visibleJob(Actor actor, BackupJobCode code) {
        return jobs.find(code).filter(job -> sees(actor, job.group()))
                .orElseThrow(() -> new BackupJobNotFoundException(code));
    }

    /** @throws AssignmentRefusedException if the directory has no such group */
    void checkGroupExists(GroupId group) {
        directory.group(group).orElseThrow(() -> AssignmentRefusedException.unknownGroup(group));
    }
}
