package org.itilhis.ports.change.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.PlannedWindow;
import org.itilhis.core.change.schedule.ChangeSchedule;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ScheduleCheck;
import org.itilhis.core.change.schedule.ScheduledChange;
import org.itilhis.core.cmdb.CiGraph;

/**
 * The schedule of {@code core.change.schedule} over the stores: the scheduled and implementing
 * changes of a period, the windows as they are stored now and the CMDB's current graph, with
 * the settings' steps.
 *
 * <p>A {@link ScheduleCheck} prepares the whole graph (its undirected adjacency, the impact
 * analysis), so the last one is kept and used again while the CMDB gives the same graph (its
 * revision has not moved) and the windows are equal to those it was built with; a saved item or
 * a redefined window makes the next check build a new one.
 */
final class ChangeScheduling {
    private final ChangePorts ports;
    private final ChangeSettings settings;
    private final Supplier<CiGraph> graph;
    private volatile ScheduleCheck last;

    ChangeScheduling(ChangePorts ports, ChangeSettings settings, Supplier<CiGraph> graph) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.graph = checkNotNull(graph, "graph");
    }

    /** A change as the schedule sees it, in {@code window}. */
    static ScheduledChange scheduled(Change change, PlannedWindow window) {
        return new ScheduledChange(change.id(), change.number(), change.touchedCis(), window.start(), window.end(),
                change.request().outage().isOutage());
    }

    /** A change as the schedule sees it, in its own window. */
    static ScheduledChange scheduled(Change change) {
        return scheduled(change, change.window());
    }

    /**
     * The schedule of the changes under way (scheduled or implementing) that overlap {@code from}
     * to {@code to}, {@code excluded} left out (the change being checked or moved).
     */
    ChangeSchedule around(Instant from, Instant to, ChangeId excluded) {
        List<ScheduledChange> others = ports.changes().scheduledOverlapping(from, to).stream()
                .filter(change -> !change.id().equals(excluded)).map(ChangeScheduling::scheduled).toList();
        return check().schedule(others);
    }

    /** The check of the current graph and windows: the last one while they are unchanged. */
    private ScheduleCheck check() {
        CiGraph current = graph.get();
        List<ChangeWindow> windows = ports.windows().all();
        ScheduleCheck known = last;
        if (known == null || known.graph() != current || !known.windows().equals(windows)) {
            known = ScheduleCheck.of(current, windows).withSteps(settings.steps());
            last = known;
        }
        return known;
    }
}
