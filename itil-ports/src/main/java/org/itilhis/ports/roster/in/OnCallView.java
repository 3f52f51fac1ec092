package org.itilhis.ports.roster.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * Who is on call for a group now: the chain (the engineers of the on-call duty in the roster's
 * order, primary first, then the group lead), the shift's response time and when the duty ends.
 */
public record OnCallView(GroupId group, ImmutableList<StaffId> chain, Duration responseTime, Instant until) {
    public OnCallView {
        checkNotNull(group, "group");
        checkNotNull(chain, "chain");
        checkNotNull(responseTime, "responseTime");
        checkNotNull(until, "until");
        checkArgument(!chain.isEmpty(), "the on-call chain of %s is empty", group);
    }

    /** The engineer on call: the first of the chain. */
    public StaffId engineer() {
        return chain.get(0);
    }
}
