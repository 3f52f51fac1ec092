package org.itilhis.core.sla.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.itilhis.core.shared.GroupId;

/** The business time an assignment group held a ticket in one OLA segment, as the report sums it. */
public record HeldSegment(GroupId group, Duration businessTime) {
    public HeldSegment {
        checkNotNull(group, "group");
        checkArgument(!checkNotNull(businessTime, "businessTime").isNegative(), "negative business time");
    }
}
