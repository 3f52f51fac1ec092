package org.itilhis.core.sla.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.sla.Explanations;

/**
 * What one assignment group held under its operational level agreement, summed over the
 * {@link org.itilhis.core.sla.OlaSegment}s of the reported tickets: the number of segments
 * (a ticket handed back to the group counts twice), the number of distinct tickets, and the
 * business time held (counted as the resolution clock counts). Counts are positive, with no
 * more tickets than segments; the time is not negative.
 */
public record OlaFigures(GroupId group, int segments, int tickets, Duration heldBusinessTime) {
    public OlaFigures {
        checkNotNull(group, "group");
        checkArgument(tickets > 0 && segments >= tickets, "%s segments of %s tickets for %s", segments, tickets, group);
        checkArgument(!checkNotNull(heldBusinessTime, "heldBusinessTime").isNegative(), "negative held time");
    }

    /** The mean business time of one segment. */
    public Duration meanPerSegment() {
        return heldBusinessTime.dividedBy(segments);
    }

    /** One line. */
    public String describe() {
        return group + ": " + segments + " segments of " + tickets + " tickets, held "
                + Explanations.duration(heldBusinessTime) + " (mean " + Explanations.duration(meanPerSegment()) + ")";
    }
}
