package org.itilhis.core.change.schedule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import org.itilhis.core.cmdb.AffectedCi;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiPath;
import org.itilhis.core.cmdb.ImpactAnalysis;
import org.itilhis.core.cmdb.ImpactReport;
import org.itilhis.core.cmdb.Relationship;

/**
 * The rules a change schedule is checked against: the CMDB's relationship graph (with its
 * redundancy rules), the blackout and maintenance windows, and how many relationships apart
 * two changes may be before they no longer disturb each other ({@link #steps()}, 1 by default).
 *
 * <p>Everything that does not depend on the changes is prepared once, here: the graph's
 * relationships as undirected adjacency lists (for the distance between changes, which ignores
 * which end needs the other), and the windows indexed by the items they are attached to. A
 * check built once serves any number of schedules ({@link #schedule(Iterable)}); a changed
 * CMDB or window set makes a new one.
 */
public final class ScheduleCheck {
    private final CiGraph graph;
    private final ImpactAnalysis analysis;
    private final int steps;
    private final ImmutableList<ChangeWindow> windows;
    private final ImmutableSetMultimap<CiId, ChangeWindow> blackoutsByItem;
    private final ImmutableSetMultimap<CiId, ChangeWindow> maintenanceByItem;
    private final ImmutableListMultimap<CiId, Relationship> adjacency;

    private ScheduleCheck(CiGraph graph, ImmutableList<ChangeWindow> windows, int steps,
            ImmutableListMultimap<CiId, Relationship> adjacency) {
        this.graph = graph;
        this.analysis = ImpactAnalysis.of(graph);
        this.steps = steps;
        this.windows = windows;
        ImmutableSetMultimap.Builder<CiId, ChangeWindow> blackouts = ImmutableSetMultimap.builder();
        ImmutableSetMultimap.Builder<CiId, ChangeWindow> maintenance = ImmutableSetMultimap.builder();
        for (ChangeWindow window : windows) {
            for (CiId item : window.attachedTo()) {
                (window.isBlackout() ? blackouts : maintenance).put(item, window);
            }
        }
        this.blackoutsByItem = blackouts.build();
        this.maintenanceByItem = maintenance.build();
        this.adjacency = adjacency;
    }

    /** The check over {@code graph} and {@code windows}, with changes one relationship apart still disturbing each other. */
    public static ScheduleCheck of(CiGraph graph, Iterable<ChangeWindow> windows) {
        checkNotNull(graph, "graph");
        ImmutableListMultimap.Builder<CiId, Relationship> adjacency = ImmutableListMultimap.builder();
        for (Relationship relationship : graph.relationships()) {
            adjacency.put(relationship.from(), relationship);
            adjacency.put(relationship.to(), relationship);
        }
        return new ScheduleCheck(graph, ImmutableList.copyOf(checkNotNull(windows, "windows")), 1, adjacency.build());
    }

    /** The same check with changes up to {@code steps} relationships apart disturbing each other (0: only the same item). */
    public ScheduleCheck withSteps(int steps) {
        checkArgument(steps >= 0, "steps must not be negative: %s", steps);
        return new ScheduleCheck(graph, windows, steps, adjacency);
    }

    public int steps() {
        return steps;
    }

    public CiGraph graph() {
        return graph;
    }

    public List<ChangeWindow> windows() {
        return windows;
    }

    /**
     * The schedule of these changes, each assessed once (its impact, the services it reaches),
     * ready to be checked as a whole or against a candidate.
     *
     * @throws IllegalArgumentException if a change touches an item the graph does not hold, or two share an id
     */
    public ChangeSchedule schedule(Iterable<ScheduledChange> changes) {
        return new ChangeSchedule(this, changes);
    }

    ImpactReport impactOf(Set<CiId> failed) {
        return analysis.impactOf(failed);
    }

    /**
     * Every item at most {@link #steps()} relationships from one of {@code from}, either way,
     * with a shortest path from one of them, nearest first.
     */
    Map<CiId, CiPath> neighbourhood(Set<CiId> from) {
        Map<CiId, CiPath> reached = new LinkedHashMap<>();
        Queue<CiId> queue = new ArrayDeque<>();
        for (CiId item : from) {
            graph.item(item);
            reached.put(item, CiPath.startingAt(item));
            queue.add(item);
        }
        while (!queue.isEmpty()) {
            CiId at = queue.poll();
            CiPath path = reached.get(at);
            if (path.length() == steps) {
                continue;
            }
            for (Relationship relationship : adjacency.get(at)) {
                CiId next = relationship.otherEnd(at);
                if (!reached.containsKey(next)) {
                    reached.put(next, path.then(relationship));
                    queue.add(next);
                }
            }
        }
        return reached;
    }

    /**
     * The blackouts {@code change} runs in: for each blackout window attached to an item in its
     * {@code impact} (the touched items included) and each occurrence overlapping the change,
     * one conflict, explained by the shortest path to one of the window's items.
     */
    List<ScheduleConflict> blackouts(ScheduledChange change, ImpactReport impact) {
        if (blackoutsByItem.isEmpty()) {
            return List.of();
        }
        Map<ChangeWindow, CiPath> nearest = new LinkedHashMap<>();
        if (blackoutsByItem.keySet().size() <= impact.affectedIds().size()) {
            for (CiId item : blackoutsByItem.keySet()) {
                impact.affected(item).ifPresent(affected -> blackoutsByItem.get(item).forEach(w -> keepNearest(nearest, w, affected)));
            }
        } else {
            for (AffectedCi affected : impact.affected()) {
                blackoutsByItem.get(affected.id()).forEach(w -> keepNearest(nearest, w, affected));
            }
        }
        ImmutableList.Builder<ScheduleConflict> conflicts = ImmutableList.builder();
        for (ChangeWindow window : windows) {
            CiPath path = nearest.get(window);
            if (path != null) {
                window.occurrences(change.start(), change.end())
                        .forEach(occurrence -> conflicts.add(new ScheduleConflict.Blackout(change, occurrence, path)));
            }
        }
        return conflicts.build();
    }

    private static void keepNearest(Map<ChangeWindow, CiPath> nearest, ChangeWindow window, AffectedCi affected) {
        nearest.merge(window, affected.path(), (a, b) -> b.length() < a.length() ? b : a);
    }

    /** The maintenance windows attached to {@code item}. */
    Set<ChangeWindow> maintenanceOf(CiId item) {
        return maintenanceByItem.get(item);
    }

    @Override
    public String toString() {
        return "ScheduleCheck[" + graph + ", " + windows.size() + " windows, " + steps + " steps]";
    }
}
