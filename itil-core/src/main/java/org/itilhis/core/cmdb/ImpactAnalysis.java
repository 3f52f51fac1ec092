package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
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
 * shortest path by which the failure first reached it.
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
        Map<CiId, OperationalState> state = new HashMap<>();
        Map<CiId, OperationalState> propagated = new HashMap<>();
        Map<CiId, CiPath> paths = new LinkedHashMap<>();
        Map<RuleKey, int[]> downMembers = new HashMap<>();
        Queue<CiId> queue = new ArrayDeque<>();
        Set<CiId> starting = new java.util.LinkedHashSet<>();
        observed.forEach((id, observedState) -> {
            graph.item(id);
            if (checkNotNull(observedState, "state of %s", id) != OperationalState.OPERATIONAL) {
                state.put(id, observedState);
                paths.put(id, CiPath.startingAt(id));
                queue.add(id);
                starting.add(id);
            }
        });
        while (!queue.isEmpty()) {
            CiId reached = queue.poll();
            OperationalState now = state.get(reached);
            OperationalState before = propagated.getOrDefault(reached, OperationalState.OPERATIONAL);
            if (now == before) {
                continue;
            }
            propagated.put(reached, now);
            for (Relationship relationship : graph.dependents(reached)) {
                CiId dependent = relationship.otherEnd(reached);
                OperationalState inherited = inherited(dependent, relationship.type(), now, downMembers);
                OperationalState old = state.getOrDefault(dependent, OperationalState.OPERATIONAL);
                OperationalState worse = old.worst(inherited);
                if (worse != old) {
                    state.put(dependent, worse);
                    if (old == OperationalState.OPERATIONAL) {
                        paths.put(dependent, paths.get(reached).then(relationship));
                    }
                    queue.add(dependent);
                }
            }
        }
        List<AffectedCi> affected = new ArrayList<>(paths.size());
        paths.forEach((id, path) -> affected.add(new AffectedCi(graph.item(id), state.get(id), path)));
        return new ImpactReport(starting, affected);
    }

    /**
     * The state {@code dependent} takes from one member that became {@code memberState}; called
     * once per member and state change, so a member turning down is counted once.
     */
    private OperationalState inherited(CiId dependent, RelationshipType type, OperationalState memberState,
            Map<RuleKey, int[]> downMembers) {
        var rule = graph.redundancyRule(dependent, type);
        if (rule.isEmpty()) {
            return memberState;
        }
        RuleKey key = new RuleKey(dependent, type);
        int[] count = downMembers.computeIfAbsent(key, k -> new int[] {0, members(dependent, type)});
        if (memberState == OperationalState.DOWN) {
            count[0]++;
        }
        return count[0] >= rule.get().downThreshold(count[1]) ? OperationalState.DOWN : OperationalState.DEGRADED;
    }

    private int members(CiId dependent, RelationshipType type) {
        return (int) graph.dependencies(dependent).stream().filter(r -> r.type() == type).count();
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

    private record RuleKey(CiId dependent, RelationshipType type) {
    }
}
