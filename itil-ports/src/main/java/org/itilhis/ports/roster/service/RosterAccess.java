package org.itilhis.ports.roster.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.roster.NotInGroupException;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.servicedesk.in.AssignmentRefusedException;

/**
 * Who may do what on a group's roster: the permission in scope {@code GROUP} when the group is
 * one of the actor's groups (the directory's), or in scope {@code ANY}.
 */
final class RosterAccess {
    private final AccessPolicy access;
    private final StaffDirectory directory;

    RosterAccess(AccessPolicy access, StaffDirectory directory) {
        this.access = checkNotNull(access, "access");
        this.directory = checkNotNull(directory, "directory");
    }

    static AccessContext contextOf(GroupId group, ImmutableSet<GroupId> actorGroups) {
        return new AccessContext(Optional.empty(), Optional.of(group), Optional.empty(), actorGroups);
    }

    boolean permits(Actor actor, Permission permission, GroupId group) {
        return access.permits(actor, permission, contextOf(group, directory.groupsOf(actor.staffId())));
    }

    /**
     * Checks the actor may see the group's roster ({@code VIEW_ROSTER}) and do {@code permission}.
     *
     * @throws org.itilhis.core.access.NotPermittedException if not
     */
    void check(Actor actor, Permission permission, GroupId group, String record) {
        AccessContext context = contextOf(group, directory.groupsOf(actor.staffId()));
        access.check(actor, Permission.VIEW_ROSTER, context, record);
        access.check(actor, permission, context, record);
    }

    /** @throws AssignmentRefusedException if the directory has no such group */
    AssignmentGroup group(GroupId group) {
        return directory.group(group).orElseThrow(() -> AssignmentRefusedException.unknownGroup(group));
    }

    /** @throws NotInGroupException (field {@code field}) if {@code engineer} is not a member of {@code group} */
    void checkMember(String field, StaffId engineer, GroupId group) {
        if (!group(group).hasMember(engineer)) {
            throw new NotInGroupException(field, engineer, group);
        }
    }

    AccessPolicy policy() {
        return access;
    }

    StaffDirectory directory() {
        return directory;
    }
}
