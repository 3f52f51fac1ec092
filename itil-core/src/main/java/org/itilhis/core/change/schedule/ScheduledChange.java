package org.itilhis.core.change.schedule;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Set;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.cmdb.CiId;

/**
 * A change as the schedule sees it: the items it touches, its planned window ({@code start}
 * inclusive, {@code end} exclusive) and whether it takes the touched items down for the window
 * (an expected outage). Independent of the change aggregate, from which the ports build it, so
 * that the checks need nothing but these facts.
 *
 * @param takesTouchedDown whether the touched items are out of service during the window; only
 *        such changes can add up to a combined outage
 */
public record ScheduledChange(ChangeId id, ChangeNumber number, Set<CiId> touched, Instant start, Instant end,
                              boolean takesTouchedDown) {
    /**
     * @throws ScheduledChangeWithoutItemsException if it touches nothing
     * @throws ScheduledChangeEndsBeforeStartException if its window does not end after it starts
     */
    public ScheduledChange {
        checkNotNull(id, "id");
        checkNotNull(number, "number");
        touched = ImmutableSet.copyOf(checkNotNull(touched, "touched"));
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        if (touched.isEmpty()) {
            throw new ScheduledChangeWithoutItemsException(number);
        }
        if (!start.isBefore(end)) {
            throw new ScheduledChangeEndsBeforeStartException(number, start, end);
        }
    }

    /** Whether the two changes' windows share an instant (ends are exclusive). */
    public boolean overlaps(ScheduledChange other) {
        return overlaps(other.start, other.end);
    }

    /** Whether the change's window and {@code from} to {@code to} (end exclusive) share an instant. */
    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end.isAfter(from);
    }

    @Override
    public String toString() {
        return number + " " + start + ".." + end + (takesTouchedDown ? " outage " : " ") + touched;
    }
}
