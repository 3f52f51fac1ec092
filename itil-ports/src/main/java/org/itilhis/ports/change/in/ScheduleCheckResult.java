package org.itilhis.ports.change.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.itilhis.core.change.schedule.ScheduleConflict;
import org.itilhis.core.change.schedule.ScheduledChange;
import org.itilhis.core.change.schedule.WindowOccurrence;

/**
 * What the schedule says of a proposed window: the conflicts it would be part of (empty: it may
 * be scheduled), and the maintenance windows of its items it lies inside (the preferred times).
 */
public record ScheduleCheckResult(ScheduledChange candidate, List<ScheduleConflict> conflicts,
                                  List<WindowOccurrence> maintenanceWindows) {
    public ScheduleCheckResult {
        checkNotNull(candidate, "candidate");
        conflicts = ImmutableList.copyOf(checkNotNull(conflicts, "conflicts"));
        maintenanceWindows = ImmutableList.copyOf(checkNotNull(maintenanceWindows, "maintenanceWindows"));
    }

    public boolean isClear() {
        return conflicts.isEmpty();
    }
}
