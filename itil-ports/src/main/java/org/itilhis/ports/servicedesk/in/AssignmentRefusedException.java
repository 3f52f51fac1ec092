package org.itilhis.ports.servicedesk.in;

import org.itilhis.core.shared.DomainException;

/**
 * An assignment or escalation names a group that does not exist, an engineer outside the
 * group, or a group of the wrong tier.
 */
public final class AssignmentRefusedException extends DomainException {
    private AssignmentRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }

    public static AssignmentRefusedException unknownGroup(Object group) {
        return new AssignmentRefusedException("assignment.unknown-group", group);
    }

    public static AssignmentRefusedException notAMember(Object engineer, Object group) {
        return new AssignmentRefusedException("assignment.engineer-not-in-group", engineer, group);
    }

    public static AssignmentRefusedException wrongTier(Object group, Object groupTier, Object wanted) {
        return new AssignmentRefusedException("assignment.group-tier-mismatch", group, groupTier, wanted);
    }
}
