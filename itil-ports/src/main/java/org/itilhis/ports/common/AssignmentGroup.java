package org.itilhis.ports.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.SupportTier;

/**
 * A team of engineers with one speciality, at one support tier, led by {@code lead}.
 * The lead is a member.
 */
public record AssignmentGroup(GroupId id, String name, SupportTier tier, StaffId lead, ImmutableSet<StaffId> members) {
    public AssignmentGroup {
        checkNotNull(id, "id");
        checkNotNull(name, "name");
        checkNotNull(tier, "tier");
        checkNotNull(lead, "lead");
        checkNotNull(members, "members");
        checkArgument(members.contains(lead), "the lead %s of %s is not a member", lead, id);
    }

    public boolean hasMember(StaffId staff) {
        return members.contains(staff);
    }
}
