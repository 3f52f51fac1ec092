package org.itilhis.core.change.schedule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;

/**
 * The forward schedule of changes for a period, as the REST adapter and the iCalendar feed
 * render it: the changes under way in the period, in order of their start, each with its
 * conflicts, and the occurrences of the blackout and maintenance windows in the period.
 *
 * @param to the end of the period, exclusive
 */
public record ForwardSchedule(Instant from, Instant to, List<Entry> changes, List<WindowOccurrence> blackouts,
                              List<WindowOccurrence> maintenance) {
    public ForwardSchedule {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkArgument(from.isBefore(to), "a period ends after it starts: %s to %s", from, to);
        changes = ImmutableList.copyOf(checkNotNull(changes, "changes"));
        blackouts = ImmutableList.copyOf(checkNotNull(blackouts, "blackouts"));
        maintenance = ImmutableList.copyOf(checkNotNull(maintenance, "maintenance"));
    }

    /** One scheduled change and every conflict it is part of. */
    public record Entry(ScheduledChange change, List<ScheduleConflict> conflicts) {
        public Entry {
            checkNotNull(change, "change");
            conflicts = ImmutableList.copyOf(checkNotNull(conflicts, "conflicts"));
        }

        public boolean hasConflicts() {
            return !conflicts.isEmpty();
        }
    }
}
