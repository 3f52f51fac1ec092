package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Answers "what breaks if this fails" and "what could have made this fail" on a {@link CiGraph}.
 *
 * <p>Impact: failed items are {@link OperationalState#DOWN}; the state of an item that needs
 * another one is the worst state it inherits. Without a {@link RedundancyRule} it inherits the
 * state of what it needs (down from down, degraded from degraded); with a rule over the
 * relationship type, it is down once the rule's number of members are down and degraded while
 * fewer are down or any is degraded. Every item reachable from a failure against the direction
 * of need is therefore at least degraded; redundancy decides only between degraded and down.
 *
 * <p>The work is one breadth-first pass over the reached part of the graph in which an item is
 * visited again only when its state worsens, which happens at most twice; cycles therefore end,
 * and the cost is linear in the reached items and relationships. Each affected item keeps the
 * item and relationship by which the failure first reached it, so its shortest explaining path
 * is built only when the report is asked for it: the whole estate's impact answers its
 * {@link ImpactReport#summary() summary} and a page of affected items without building 100,000
 * paths.
 */
public final class ImpactAnalysis {
    private final CiGraph graph;

    private ImpactAnalysis(CiGraph graph) {
        this.graph = checkNotNull(graph, "graph");
    }

    public static ImpactAnalysis of(CiGraph graph) {
        return new ImpactAnalysis(graph);
    }

    /** The impact of the failure of the given items. */
    public ImpactReport impactOf(Set<CiId> failed) {
        checkNotNull(failed, "failed");
        checkArgument(!failed.isEmpty(), "name at least one failed configuration item");
        Map<CiId, OperationalState> down = new LinkedHashMap<>();
        ImmutableSet.copyOf(failed).forEach(id -> down.put(id, OperationalState.DOWN));
        return impactOf(down);
    }

    /**
     * The impact of items observed in the given states (monitoring's "what is affected right
     * now"): a down item propagates as a failure does, a degraded one degrades what needs it
     * (a redundant whole counts it as degraded, not down). Items observed operational are
     * ignored; with none left the report names nothing.
     */
    public ImpactReport impactOf(Map<CiId, OperationalState> observed) {
        checkNotNull(observed, "observed");
        Reached[] reached = new Reached[graph.indexBound()];
        List<Reached> order = new ArrayList<>(Math.min(1_024, graph.indexBound()));
        Queue<Reached> queue = new ArrayDeque<>();
        Set<CiId> starting = new java.util.LinkedHashSet<>();
        observed.forEach((id, observedState) -> {
            graph.item(id);
            if (checkNotNull(observedState, "state of %s", id) != OperationalState.OPERATIONAL) {
                Reached start = new Reached(graph.vertex(id), null, null);
                start.state = observedState;
                reached[start.vertex.index] = start;
                order.add(start);
                queue.add(start);
                starting.add(id);
            }
        });
        while (!queue.isEmpty()) {
            Reached from = queue.poll();
            OperationalState now = from.state;
            if (now == from.propagated) {
                continue;
            }
            from.propagated = now;
            ImmutableList<Relationship> dependents = from.vertex.dependents;
            CiId[] ends = from.vertex.dependentEnds;
            int[] indexes = from.vertex.dependentIndexes;
            for (int i = 0; i < ends.length; i++) {
                Reached dependent = reached[indexes[i]];
                if (dependent == null) {
                    Relationship relationship = dependents.get(i);
                    dependent = new Reached(graph.vertex(ends[i]), from, relationship);
                    reached[indexes[i]] = dependent;
                    order.add(dependent);
                }
                OperationalState inherited = inherited(dependent, dependents.get(i).type(), now);
                OperationalState worse = dependent.state.worst(inherited);
                if (worse != dependent.state) {
                    dependent.state = worse;
                    queue.add(dependent);
                }
            }
        }
        return new ImpactReport(starting, order, id -> {
            CiGraph.Vertex vertex = graph.vertex(id);
            return vertex == null ? null : reached[vertex.index];
        });
    }

    /**
     * The state {@code dependent} takes from one member that became {@code memberState}; called
     * once per member and state change, so a member turning down is counted once.
     */
    private OperationalState inherited(Reached dependent, RelationshipType type, OperationalState memberState) {
        RedundancyRule rule = dependent.vertex.rules == null ? null : dependent.vertex.rules.get(type);
        if (rule == null) {
            return memberState;
        }
        int[] count = dependent.downMembers(type, () -> dependent.vertex.members[type.ordinal()]);
        if (memberState == OperationalState.DOWN) {
            count[0]++;
        }
        return count[0] >= rule.downThreshold(count[1]) ? OperationalState.DOWN : OperationalState.DEGRADED;
    }

    /**
     * An item the failure reached: its state so far, the state it last passed on, and the item
     * and relationship it was first reached from, so the explaining path is built only when asked.
     */
    static final class Reached {
        final CiGraph.Vertex vertex;
        final CiNode item;
        final Reached parent;
        final Relationship via;
        OperationalState state = OperationalState.OPERATIONAL;
        OperationalState propagated = OperationalState.OPERATIONAL;
        /** Per relationship type with a redundancy rule: {down members, members}. */
        private int[][] downMembers;
        private CiPath path;

        Reached(CiGraph.Vertex vertex, Reached parent, Relationship via) {
            this.vertex = vertex;
            this.item = vertex.item;
            this.parent = parent;
            this.via = via;
        }

        int[] downMembers(RelationshipType type, java.util.function.IntSupplier members) {
            if (downMembers == null) {
                downMembers = new int[RelationshipType.values().length][];
            }
            int[] count = downMembers[type.ordinal()];
            if (count == null) {
                count = new int[] {0, members.getAsInt()};
                downMembers[type.ordinal()] = count;
            }
            return count;
        }

        /** The shortest path by which the failure first reached this item, built on first use and shared by its followers. */
        CiPath path() {
            if (path == null) {
                java.util.Deque<Reached> unbuilt = new ArrayDeque<>();
                for (Reached at = this; at != null && at.path == null; at = at.parent) {
                    unbuilt.push(at);
                }
                while (!unbuilt.isEmpty()) {
                    Reached at = unbuilt.pop();
                    at.path = at.parent == null ? CiPath.startingAt(at.item.id()) : at.parent.path.then(at.via);
                }
            }
            return path;
        }

        AffectedCi affected() {
            return new AffectedCi(item, state, path());
        }
    }

    /**
     * The candidate causes of a failing item, such as a business service: everything it needs,
     * directly or not, nearest first, each with a shortest path from the item to the candidate
     * (each item on it needing the next).
     */
    public List<CiPath> candidateCauses(CiId failing) {
        graph.item(failing);
        Map<CiId, CiPath> paths = new LinkedHashMap<>();
        paths.put(failing, CiPath.startingAt(failing));
        Queue<CiId> queue = new ArrayDeque<>(List.of(failing));
        while (!queue.isEmpty()) {
            CiId reached = queue.poll();
            for (Relationship relationship : graph.dependencies(reached)) {
                CiId needed = relationship.otherEnd(reached);
                if (!paths.containsKey(needed)) {
                    paths.put(needed, paths.get(reached).then(relationship));
                    queue.add(needed);
                }
            }
        }
        return paths.values().stream().skip(1).collect(ImmutableList.toImmutableList());
    }

}
