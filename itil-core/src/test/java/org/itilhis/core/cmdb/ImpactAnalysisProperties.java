package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.graph.EndpointPair;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.Graphs;
import com.google.common.graph.MutableGraph;
import com.google.common.graph.Network;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.itilhis.core.priority.ServiceCriticality;

/**
 * Impact analysis over random graphs of 1 to 3,000 items with up to three relationships of
 * random types per item, cycles included, compared with a plain breadth-first search that reads
 * the direction of need from a table of its own. Sizes are weighted toward small graphs, where
 * corner cases are dense and shrinking is quick, while about one try in ten builds a graph of
 * 500 to 3,000 items, the size of a hospital's estate. Relationship and rule counts are drawn
 * uniformly, since jqwik's list sizes lean to short lists and would leave big graphs nearly bare.
 */
class ImpactAnalysisProperties {
    static final int MAX_SIZE = 3_000;

    /** A random graph: relationships as (from, type ordinal, to) and rules as (item, type ordinal, count or -percent). */
    record Spec(int size, List<int[]> relationships, List<int[]> rules, Set<Integer> failed) {
        CiGraph graph(boolean withRules) {
            CiGraph.Builder builder = CiGraph.builder(RelationshipRules.allowingEverything());
            for (int i = 0; i < size; i++) {
                builder.add(new CiNode(id(i), "ci", ServiceCriticality.values()[i % 3], i % 5 == 0));
            }
            for (int[] r : relationships) {
                builder.relate(id(r[0]), RelationshipType.values()[r[1]], id(r[2]));
            }
            if (withRules) {
                for (int[] rule : rules) {
                    RelationshipType type = RelationshipType.values()[rule[1]];
                    builder.redundancy(id(rule[0]), rule[2] > 0 ? RedundancyRule.downWhen(type, rule[2]) : RedundancyRule.downWhenPercent(type, -rule[2]));
                }
            }
            return builder.build();
        }

        Set<CiId> failedIds() {
            return failed.stream().map(ImpactAnalysisProperties::id).collect(Collectors.toSet());
        }
    }

    static CiId id(int n) {
        return new CiId(new UUID(1, n));
    }

    /** Whether {@code needing} needs {@code needed} through this relationship, told independently of the production code. */
    static boolean needs(Relationship relationship, CiId needing, CiId needed) {
        boolean forward = relationship.from().equals(needing) && relationship.to().equals(needed);
        boolean backward = relationship.to().equals(needing) && relationship.from().equals(needed);
        return switch (relationship.type()) {
            case RUNS_ON, DEPENDS_ON, INSTALLED_ON, USES -> forward;
            case PART_OF -> backward;
            case CONNECTED_TO -> forward || backward;
        };
    }

    /** Breadth-first distances from the sources, following "needed → needing" (impact) or the reverse (causes). */
    static Map<CiId, Integer> distances(CiGraph graph, Set<CiId> sources, boolean impact) {
        Map<CiId, Set<CiId>> next = new HashMap<>();
        for (Relationship r : graph.relationships()) {
            for (CiId[] ends : new CiId[][] {{r.from(), r.to()}, {r.to(), r.from()}}) {
                CiId needing = ends[0];
                CiId needed = ends[1];
                if (needs(r, needing, needed)) {
                    next.computeIfAbsent(impact ? needed : needing, k -> new HashSet<>()).add(impact ? needing : needed);
                }
            }
        }
        Map<CiId, Integer> distance = new HashMap<>();
        Queue<CiId> queue = new ArrayDeque<>();
        sources.forEach(s -> {
            distance.put(s, 0);
            queue.add(s);
        });
        while (!queue.isEmpty()) {
            CiId at = queue.poll();
            for (CiId to : next.getOrDefault(at, Set.of())) {
                if (!distance.containsKey(to)) {
                    distance.put(to, distance.get(at) + 1);
                    queue.add(to);
                }
            }
        }
        return distance;
    }

    @Property(tries = 1000)
    void withoutRedundancyTheImpactIsWhatABreadthFirstSearchReachesAndAllOfItIsDown(@ForAll("specs") Spec spec) {
        CiGraph graph = spec.graph(false);

        ImpactReport report = ImpactAnalysis.of(graph).impactOf(spec.failedIds());

        assertThat(report.affectedIds()).isEqualTo(distances(graph, spec.failedIds(), true).keySet());
        assertThat(report.affected()).allSatisfy(ci -> assertThat(ci.state()).isEqualTo(OperationalState.DOWN));
    }

    @Property(tries = 1000)
    void redundancyChangesHowBadlyButNeverWhatIsReached(@ForAll("specs") Spec spec) {
        CiGraph graph = spec.graph(true);

        ImpactReport report = ImpactAnalysis.of(graph).impactOf(spec.failedIds());

        assertThat(report.affectedIds()).isEqualTo(distances(graph, spec.failedIds(), true).keySet());
        spec.failedIds().forEach(failed -> assertThat(report.stateOf(failed)).isEqualTo(OperationalState.DOWN));
    }

    @Property(tries = 1000)
    void everyExplainingPathIsAShortestRealPathFromAFailedItem(@ForAll("specs") Spec spec) {
        CiGraph graph = spec.graph(true);
        Map<CiId, Integer> distance = distances(graph, spec.failedIds(), true);

        ImpactReport report = ImpactAnalysis.of(graph).impactOf(spec.failedIds());

        for (AffectedCi affected : report.affected()) {
            List<CiId> cis = affected.path().cis();
            List<Relationship> relationships = affected.path().relationships();
            assertThat(spec.failedIds()).contains(cis.get(0));
            assertThat(cis.get(cis.size() - 1)).isEqualTo(affected.id());
            assertThat(relationships).hasSize(cis.size() - 1).hasSize(distance.get(affected.id()));
            for (int i = 0; i < relationships.size(); i++) {
                assertThat(graph.relationships().contains(relationships.get(i))).as("%s is in the graph", relationships.get(i)).isTrue();
                assertThat(needs(relationships.get(i), cis.get(i + 1), cis.get(i))).isTrue();
            }
        }
    }

    @Property(tries = 1000)
    void everyStateFollowsFromTheStatesOfWhatTheItemNeedsAndItsRedundancyRules(@ForAll("specs") Spec spec) {
        CiGraph graph = spec.graph(true);
        Map<CiId, List<Relationship>> needed = new HashMap<>();
        for (Relationship r : graph.relationships()) {
            if (needs(r, r.from(), r.to())) {
                needed.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
            }
            if (needs(r, r.to(), r.from())) {
                needed.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
            }
        }

        ImpactReport report = ImpactAnalysis.of(graph).impactOf(spec.failedIds());

        for (CiId ci : graph.ids()) {
            if (spec.failedIds().contains(ci)) {
                continue;
            }
            OperationalState expected = OperationalState.OPERATIONAL;
            Map<RelationshipType, List<OperationalState>> membersByType = needed.getOrDefault(ci, List.of()).stream()
                    .collect(Collectors.groupingBy(Relationship::type, Collectors.mapping(r -> report.stateOf(r.otherEnd(ci)), Collectors.toList())));
            for (var members : membersByType.entrySet()) {
                var rule = graph.redundancyRule(ci, members.getKey());
                for (OperationalState member : members.getValue()) {
                    expected = expected.worst(!rule.isPresent() || member == OperationalState.OPERATIONAL ? member : OperationalState.DEGRADED);
                }
                if (rule.isPresent()) {
                    long down = members.getValue().stream().filter(OperationalState.DOWN::equals).count();
                    if (down >= rule.get().downThreshold(members.getValue().size())) {
                        expected = OperationalState.DOWN;
                    }
                }
            }
            assertThat(report.stateOf(ci)).as("state of %s", ci).isEqualTo(expected);
        }
    }

    @Property(tries = 1000)
    void addingARelationshipNeverShrinksTheImpactNorImprovesAStateWithoutRedundancy(@ForAll("specs") Spec spec,
            @ForAll("extraRelationship") int[] extra) {
        CiGraph graph = spec.graph(false);
        int from = Math.floorMod(extra[0], spec.size());
        int to = Math.floorMod(extra[2], spec.size());
        CiGraph more = from == to ? graph : graph.withRelationship(new Relationship(id(from), RelationshipType.values()[extra[1]], id(to)));

        ImpactReport before = ImpactAnalysis.of(graph).impactOf(spec.failedIds());
        ImpactReport after = ImpactAnalysis.of(more).impactOf(spec.failedIds());

        assertThat(after.affectedIds()).containsAll(before.affectedIds());
        before.affectedIds().forEach(ci -> assertThat(after.stateOf(ci)).isGreaterThanOrEqualTo(before.stateOf(ci)));
    }

    @Property(tries = 1000)
    void addingARelationshipNeverShrinksTheImpactWithRedundancyEither(@ForAll("specs") Spec spec,
            @ForAll("extraRelationship") int[] extra) {
        CiGraph graph = spec.graph(true);
        int from = Math.floorMod(extra[0], spec.size());
        int to = Math.floorMod(extra[2], spec.size());
        CiGraph more = from == to ? graph : graph.withRelationship(new Relationship(id(from), RelationshipType.values()[extra[1]], id(to)));

        Set<CiId> before = ImpactAnalysis.of(graph).impactOf(spec.failedIds()).affectedIds();
        Set<CiId> after = ImpactAnalysis.of(more).impactOf(spec.failedIds()).affectedIds();

        assertThat(after.containsAll(before)).as("every item affected before is affected after").isTrue();
    }

    @Property(tries = 1000)
    void theImpactIsWhatGuavaReachesInTheNetworkViewAgainstTheDirectionOfNeed(@ForAll("specs") Spec spec) {
        CiGraph graph = spec.graph(true);
        Network<CiId, Relationship> network = graph.asNetwork();
        MutableGraph<CiId> failureTravels = GraphBuilder.directed().allowsSelfLoops(false).build();
        network.nodes().forEach(failureTravels::addNode);
        for (Relationship r : network.edges()) {
            EndpointPair<CiId> ends = network.incidentNodes(r);
            if (r.type().fromNeedsTo()) {
                failureTravels.putEdge(ends.target(), ends.source());
            }
            if (r.type().toNeedsFrom()) {
                failureTravels.putEdge(ends.source(), ends.target());
            }
        }
        Set<CiId> reached = new HashSet<>();
        spec.failedIds().forEach(failed -> reached.addAll(Graphs.reachableNodes(failureTravels, failed)));

        assertThat(network.edges()).isEqualTo(graph.relationships());
        assertThat(ImpactAnalysis.of(graph).impactOf(spec.failedIds()).affectedIds()).isEqualTo(reached);
    }

    @Property(tries = 1000)
    void theCandidateCausesAreEverythingTheItemNeedsAlongRealShortestPaths(@ForAll("specs") Spec spec) {
        CiGraph graph = spec.graph(true);
        CiId failing = id(spec.failed().iterator().next());
        Map<CiId, Integer> distance = distances(graph, Set.of(failing), false);

        List<CiPath> causes = ImpactAnalysis.of(graph).candidateCauses(failing);

        Set<CiId> expected = new HashSet<>(distance.keySet());
        expected.remove(failing);
        assertThat(causes).extracting(CiPath::end).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        for (CiPath cause : causes) {
            List<CiId> cis = cause.cis();
            assertThat(cause.start()).isEqualTo(failing);
            assertThat(cause.length()).isEqualTo(distance.get(cause.end()));
            for (int i = 0; i < cause.length(); i++) {
                assertThat(needs(cause.relationships().get(i), cis.get(i), cis.get(i + 1))).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<Spec> specs() {
        Arbitrary<Integer> sizes = Arbitraries.frequencyOf(
                Tuple.of(60, uniform(1, 50)),
                Tuple.of(25, uniform(51, 500)),
                Tuple.of(10, uniform(501, MAX_SIZE / 2)),
                Tuple.of(5, uniform(MAX_SIZE / 2 + 1, MAX_SIZE)));
        return sizes.flatMap(size -> {
            Arbitrary<Integer> node = Arbitraries.integers().between(0, size - 1);
            Arbitrary<Integer> type = Arbitraries.integers().between(0, RelationshipType.values().length - 1);
            Arbitrary<int[]> relationship = Combinators.combine(node, type, node).as((a, t, b) -> new int[] {a, t, b})
                    .filter(r -> r[0] != r[2]);
            Arbitrary<int[]> rule = Combinators.combine(node, type, Arbitraries.integers().between(-100, 4).filter(c -> c != 0))
                    .as((a, t, c) -> new int[] {a, t, c});
            Arbitrary<List<int[]>> relationships = size < 2 ? Arbitraries.just(List.of())
                    : uniform(0, 3 * size).flatMap(count -> relationship.list().ofSize(count));
            Arbitrary<List<int[]>> rules = uniform(0, size / 4 + 1).flatMap(count -> rule.list().ofSize(count));
            return Combinators.combine(relationships, rules, node.set().ofMinSize(1).ofMaxSize(Math.min(size, 5)))
                    .as((r, ruleList, failed) -> new Spec(size, r, ruleList, failed));
        });
    }

    private static Arbitrary<Integer> uniform(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<int[]> extraRelationship() {
        return Combinators.combine(Arbitraries.integers().between(0, MAX_SIZE - 1), Arbitraries.integers().between(0, RelationshipType.values().length - 1),
                Arbitraries.integers().between(0, MAX_SIZE - 1)).as((a, t, b) -> new int[] {a, t, b});
    }

    @Property(tries = 500)
    void theSummaryAndThePagesTellWhatTheFullListOfAffectedItemsTells(@ForAll("specs") Spec spec,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 50) int pageSize) {
        CiGraph graph = spec.graph(true);
        ImpactReport report = ImpactAnalysis.of(graph).impactOf(spec.failedIds());
        List<AffectedCi> all = report.affected();
        ImpactSummary summary = report.summary();
        assertThat(summary.affected()).isEqualTo(all.size()).isEqualTo(report.affectedCount());
        assertThat(summary.down()).isEqualTo(all.stream().filter(ci -> ci.state() == OperationalState.DOWN).count());
        assertThat(summary.degraded()).isEqualTo(all.stream().filter(ci -> ci.state() == OperationalState.DEGRADED).count());
        assertThat(summary.businessServices()).isEqualTo(all.stream().filter(ci -> ci.item().businessService()).toList());
        assertThat(summary.clinicalCriticalServices())
                .isEqualTo(all.stream().filter(ci -> ci.item().isClinicalCriticalService()).toList());
        assertThat(summary.departments()).isEqualTo(report.departments().keySet().size());
        assertThat(summary.highestServiceCriticality()).isEqualTo(all.stream().filter(ci -> ci.item().businessService())
                .map(ci -> ci.item().criticality()).min(java.util.Comparator.naturalOrder()));
        List<AffectedCi> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size() + pageSize; offset += pageSize) {
            paged.addAll(report.affected(offset, pageSize));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(List.copyOf(report.affectedIds())).isEqualTo(all.stream().map(AffectedCi::id).toList());
    }
}
