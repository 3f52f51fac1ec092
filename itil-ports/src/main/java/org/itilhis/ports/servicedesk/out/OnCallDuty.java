package org.itilhis.ports.servicedesk.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * The on-call chain of a group at an instant: the engineer on call first, then whoever the
 * ticket escalates to when the one before has not accepted it within {@code responseTime}
 * (the second on call, then the group lead, as the roster orders them).
 *
 * @param until when the on-call shift ends
 */
public record OnCallDuty(GroupId group, ImmutableList<StaffId> chain, Duration responseTime, Instant until) {
    public OnCallDuty {
        checkNotNull(group, "group");
        checkNotNull(chain, "chain");
        checkNotNull(responseTime, "responseTime");
        checkNotNull(until, "until");
        checkArgument(!chain.isEmpty(), "the on-call chain of %s is empty", group);
        checkArgument(new HashSet<>(chain).size() == chain.size(), "the on-call chain %s names someone twice", chain);
        checkArgument(!responseTime.isNegative() && !responseTime.isZero(), "response time %s is not positive", responseTime);
    }

    public static OnCallDuty of(GroupId group, List<StaffId> chain, Duration responseTime, Instant until) {
        return new OnCallDuty(group, ImmutableList.copyOf(chain), responseTime, until);
    }

    /** The engineer on call: the first of the chain. */
    public StaffId engineer() {
        return chain.get(0);
    }
}
