package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How many of the items a configuration item needs through one relationship type must be
 * down before it is down itself: a clinical service on a cluster of 3 application servers is
 * "down when 2 of them fail" ({@link #downWhen(RelationshipType, int)}), or when a share of
 * them fails ({@link #downWhenPercent(RelationshipType, int)}). Fewer failed members, or any
 * degraded member, leave it {@link OperationalState#DEGRADED}.
 *
 * @param through the relationship type whose targets are the redundant members
 * @param failedMembers the number of down members that brings the item down, or 0 if a percentage is used
 * @param percent the share of down members, rounded up, that brings it down, or 0 if a count is used
 */
public record RedundancyRule(RelationshipType through, int failedMembers, int percent) {
    public RedundancyRule {
        checkNotNull(through, "through");
        checkArgument((failedMembers > 0) != (percent > 0), "give either a member count or a percentage, not both");
        checkArgument(failedMembers >= 0, "failed members must be positive: %s", failedMembers);
        checkArgument(percent >= 0 && percent <= 100, "percent must be between 1 and 100: %s", percent);
    }

    /** Down when at least {@code failedMembers} of the members are down. */
    public static RedundancyRule downWhen(RelationshipType through, int failedMembers) {
        return new RedundancyRule(through, failedMembers, 0);
    }

    /** Down when at least {@code percent}% of the members (rounded up, at least one) are down. */
    public static RedundancyRule downWhenPercent(RelationshipType through, int percent) {
        return new RedundancyRule(through, 0, percent);
    }

    /**
     * The number of down members, out of {@code members}, at which the item is down: the
     * count of the rule, or all members when fewer are left (a cluster of three down to two
     * after a retirement is down when both are), or the share of them; at least one.
     */
    public int downThreshold(int members) {
        checkArgument(members >= 0, "members must not be negative: %s", members);
        if (failedMembers > 0) {
            return Math.max(1, Math.min(failedMembers, members));
        }
        return Math.max(1, (members * percent + 99) / 100);
    }
}
