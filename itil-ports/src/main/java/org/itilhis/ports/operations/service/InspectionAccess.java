package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.servicedesk.in.AssignmentRefusedException;

/**
 * Who may do what on a group's inspections: the permission in scope {@code GROUP} when the group
 * is one of the actor's groups (the directory's), or in scope {@code ANY}; every permission needs
 * {@code VIEW_INSPECTIONS} in the same scope.
 */
final class InspectionAccess {
    private final AccessPolicy access;
    private final StaffDirectory directory;

    InspectionAccess(AccessPolicy access, StaffDirectory directory) {
        this.access = checkNotNull(access, "access");
        this.directory = checkNotNull(directory, "directory");
    }

    private AccessContext contextOf(Actor actor, GroupId group) {
        return new AccessContext(Optional.empty(), Optional.of(group), Optional.empty(),
                directory.groupsOf(actor.staffId()));
    }

    /** Whether the actor may see the group's inspections. */
    boolean mayView(Actor actor, GroupId group) {
        return access.permits(actor, Permission.VIEW_INSPECTIONS, contextOf(actor, group));
    }

    /**
     * Checks the actor may see the group's inspections and, unless it is {@code VIEW_INSPECTIONS}
     * itself, do {@code permission}.
     *
     * @throws org.itilhis.core.access.NotPermittedException if not
     */
    void check(Actor actor, Permission permission, GroupId group, String record) {
        AccessContext context = contextOf(actor, group);
        access.check(actor, Permission.VIEW_INSPECTIONS, context, record);
        if (permission != Permission.VIEW_INSPECTIONS) {
            access.check(actor, permission, context, record);
        }
    }

    /** @throws AssignmentRefusedException if the directory has no such group */
    AssignmentGroup group(GroupId group) {
        return directory.group(group).orElseThrow(() -> AssignmentRefusedException.unknownGroup(group));
    }

    /** @throws AssignmentRefusedException if {@code engineer} is not a member of {@code group} */
    void checkMember(StaffId engineer, GroupId group) {
        if (!group(group).hasMember(engineer)) {
            throw AssignmentRefusedException.notAMember(engineer, group);
        }
    }
}
