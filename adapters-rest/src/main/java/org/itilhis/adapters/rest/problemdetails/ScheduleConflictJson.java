package org.itilhis.adapters.rest.problemdetails;

import java.time.Instant;
import java.util.List;
import org.itilhis.core.change.schedule.ConflictKind;
import org.itilhis.core.change.schedule.ScheduleConflict;
import org.itilhis.core.change.schedule.ScheduledChange;
import org.itilhis.core.cmdb.CiPath;

/**
 * One conflict of the change schedule, as the forward schedule lists it and as a refused
 * schedule's problem document ({@code change.schedule-conflicts}, 409) lists each in its {@code
 * conflicts} member: its kind, the changes in it, the blackout window (for a blackout), when
 * the changes run into each other or the blackout, and the paths of items that explain it, from
 * a touched item to the item the blackout is on, the other change's item, or each service down.
 *
 * @param path         for a blackout or a nearby change: the item ids from the touched item on
 * @param servicePaths for a combined outage: per service down and change, the path from a touched item to it
 */
public record ScheduleConflictJson(ConflictKind kind, List<ScheduledChangeJson> changes, String window,
                                   String windowName, Instant from, Instant to, List<String> services,
                                   List<String> path, List<ServicePathJson> servicePaths) {

    public static ScheduleConflictJson of(ScheduleConflict conflict) {
        List<ScheduledChangeJson> changes = conflict.changes().stream().map(ScheduledChangeJson::of).toList();
        if (conflict instanceof ScheduleConflict.Blackout b) {
            return new ScheduleConflictJson(b.kind(), changes, b.window().id().value(), b.window().name(),
                    b.occurrence().start().toInstant(), b.occurrence().end().toInstant(), null, ids(b.path()), null);
        }
        if (conflict instanceof ScheduleConflict.NearbyChange n) {
            Instant from = n.change().start().isAfter(n.other().start()) ? n.change().start() : n.other().start();
            Instant to = n.change().end().isBefore(n.other().end()) ? n.change().end() : n.other().end();
            return new ScheduleConflictJson(n.kind(), changes, null, null, from, to, null, ids(n.path()), null);
        }
        ScheduleConflict.CombinedOutage o = (ScheduleConflict.CombinedOutage) conflict;
        return new ScheduleConflictJson(o.kind(), changes, null, null, o.from(), o.to(),
                o.serviceIds().stream().map(id -> id.value().toString()).toList(), null,
                o.services().stream().flatMap(s -> s.paths().entrySet().stream()
                        .map(e -> new ServicePathJson(s.service().value().toString(), e.getKey().value().toString(),
                                ids(e.getValue())))).toList());
    }

    private static List<String> ids(CiPath path) {
        return path.cis().stream().map(ci -> ci.value().toString()).toList();
    }

    /** A change in the schedule: its window, the items it touches, and whether it takes them down. */
    public record ScheduledChangeJson(String id, String number, List<String> touchedCis, Instant start, Instant end,
                                      boolean takesTouchedDown) {
        public static ScheduledChangeJson of(ScheduledChange change) {
            return new ScheduledChangeJson(change.id().value().toString(), change.number().toString(),
                    change.touched().stream().map(ci -> ci.value().toString()).sorted().toList(), change.start(),
                    change.end(), change.takesTouchedDown());
        }
    }

    /** How one change reaches one service it takes down with the others. */
    public record ServicePathJson(String service, String change, List<String> path) {
    }

    /** The extension member of a refused schedule's problem document. */
    public record ScheduleConflictsJson(List<ScheduleConflictJson> conflicts) {
    }
}
