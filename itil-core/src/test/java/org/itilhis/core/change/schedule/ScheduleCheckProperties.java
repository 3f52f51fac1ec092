package org.itilhis.core.change.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiNode;
import org.itilhis.core.cmdb.ImpactAnalysis;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.cmdb.RedundancyRule;
import org.itilhis.core.cmdb.Relationship;
import org.itilhis.core.cmdb.RelationshipRules;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.priority.ServiceCriticality;

/**
 * The schedule's checks compared with a brute force over small random estates (3 to 7 items,
 * every third a business service, random relationships of every type, and redundancy groups of
 * 2 or 3 members, down when 2 or 3 of them are) and schedules (2 to 7 changes of 1 to 2 items within a day, most
 * taking their items down, and up to 2 dated blackouts). The brute force knows nothing of
 * sweeps or pruning: combined outages are all subsets of outage-taking changes sharing an
 * instant whose union takes a service down while no proper subset does; nearby changes are all
 * overlapping pairs at most k steps apart by a breadth-first search of its own; blackouts are all
 * (change, window) pairs whose window is attached to an impacted item and overlaps the change.
 */
class ScheduleCheckProperties {
    private static final Instant BASE = Instant.parse("2027-03-01T00:00:00Z");

    /** Relationships (from, type, to), redundancy groups (item, member, member, member or -1, type, count), changes (start, length, outage, item, item or -1), windows (item, start, length). */
    record Spec(int size, List<int[]> relationships, List<int[]> rules, List<int[]> changes, List<int[]> windows, int steps) {
        CiGraph graph() {
            CiGraph.Builder builder = CiGraph.builder(RelationshipRules.allowingEverything());
            for (int i = 0; i < size; i++) {
                builder.add(new CiNode(id(i), "ci", ServiceCriticality.IMPORTANT, i % 3 == 0));
            }
            for (int[] r : relationships) {
                if (r[0] != r[2]) {
                    builder.relate(id(r[0]), RelationshipType.values()[r[1]], id(r[2]));
                }
            }
            // A redundancy group: the item needs 2 or 3 members through one type and is down when the rule's count of them is.
            for (int[] rule : rules) {
                RelationshipType type = rule[4] == 0 ? RelationshipType.DEPENDS_ON : RelationshipType.PART_OF;
                for (int m = 1; m <= 3; m++) {
                    if (rule[m] >= 0 && rule[m] != rule[0]) {
                        if (type == RelationshipType.DEPENDS_ON) {
                            builder.relate(id(rule[0]), type, id(rule[m]));
                        } else {
                            builder.relate(id(rule[m]), type, id(rule[0]));
                        }
                    }
                }
                builder.redundancy(id(rule[0]), RedundancyRule.downWhen(type, rule[5]));
            }
            return builder.build();
        }

        List<ScheduledChange> scheduled() {
            List<ScheduledChange> scheduled = new ArrayList<>();
            for (int n = 0; n < changes.size(); n++) {
                int[] c = changes.get(n);
                Set<CiId> touched = new HashSet<>(Set.of(id(c[3])));
                if (c[4] >= 0) {
                    touched.add(id(c[4]));
                }
                scheduled.add(new ScheduledChange(new ChangeId(new UUID(7, n)), ChangeNumber.of(2027, n + 1), touched,
                        BASE.plusSeconds(3600L * c[0]), BASE.plusSeconds(3600L * (c[0] + c[1])), c[2] != 0));
            }
            return scheduled;
        }

        List<ChangeWindow> blackouts() {
            List<ChangeWindow> blackouts = new ArrayList<>();
            for (int w = 0; w < windows.size(); w++) {
                int[] window = windows.get(w);
                LocalDateTime start = LocalDateTime.ofInstant(BASE, ZoneOffset.UTC).plusHours(window[1]);
                blackouts.add(ChangeWindow.dated(ChangeWindowId.of("w" + w), "window " + w, WindowKind.BLACKOUT,
                        Set.of(id(window[0])), start, start.plusHours(window[2]), ZoneOffset.UTC));
            }
            return blackouts;
        }
    }

    static CiId id(int n) {
        return new CiId(new UUID(3, n));
    }

    @Provide
    Arbitrary<Spec> specs() {
        return Arbitraries.integers().between(3, 7).flatMap(size -> {
            Arbitrary<Integer> item = Arbitraries.integers().between(0, size - 1);
            Arbitrary<Integer> type = Arbitraries.integers().between(0, RelationshipType.values().length - 1);
            Arbitrary<int[]> relationship = Combinators.combine(item, type, item).as((f, t, to) -> new int[] {f, t, to});
            // Groups sit mostly on services, where a combined outage shows, and otherwise anywhere.
            Arbitrary<Integer> holder = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, (size - 1) / 3).map(k -> 3 * k)),
                    net.jqwik.api.Tuple.of(1, item));
            Arbitrary<int[]> rule = Combinators.combine(holder, item, item, Arbitraries.integers().between(-size / 2, size - 1),
                    Arbitraries.integers().between(0, 1), Arbitraries.integers().between(2, 3))
                    .as((x, m1, m2, m3, t, c) -> new int[] {x, m1, m2, m3 < 0 ? -1 : m3, t, c});
            Arbitrary<int[]> change = Combinators.combine(Arbitraries.integers().between(0, 4),
                    Arbitraries.integers().between(1, 5), Arbitraries.integers().between(0, 3), item,
                    Arbitraries.integers().between(-size, size - 1))
                    .as((start, length, outage, first, second) -> new int[] {start, length, outage == 0 ? 0 : 1, first,
                            second < 0 ? -1 : second});
            Arbitrary<int[]> window = Combinators.combine(item, Arbitraries.integers().between(0, 10),
                    Arbitraries.integers().between(1, 3)).as((i, s, l) -> new int[] {i, s, l});
            return Combinators.combine(relationship.list().ofMaxSize(6), rule.list().ofMinSize(1).ofMaxSize(3),
                    change.list().ofMinSize(2).ofMaxSize(7), window.list().ofMaxSize(2), Arbitraries.integers().between(0, 2))
                    .as((rs, rules, changes, windows, steps) -> new Spec(size, rs, rules, changes, windows, steps));
        });
    }

    @Property(tries = 1500, edgeCases = EdgeCasesMode.NONE)
    void theScheduleFindsExactlyTheConflictsABruteForceFinds(@ForAll("specs") Spec spec) {
        CiGraph graph = spec.graph();
        List<ScheduledChange> changes = spec.scheduled();
        List<ChangeWindow> blackouts = spec.blackouts();

        List<ScheduleConflict> conflicts = ScheduleCheck.of(graph, blackouts).withSteps(spec.steps())
                .schedule(changes).conflicts();

        Set<String> expected = new TreeSet<>();
        expected.addAll(bruteForceCombinedOutages(graph, changes));
        expected.addAll(bruteForceNearbyChanges(graph, changes, spec.steps()));
        expected.addAll(bruteForceBlackouts(graph, changes, blackouts));
        Set<String> actual = keys(conflicts);
        assertThat(actual).isEqualTo(expected);
        assertThat(conflicts.stream().mapToLong(c -> keys(c).count()).sum()).isEqualTo(expected.size());
        assertThat(conflicts.stream().filter(c -> c.kind() == ConflictKind.COMBINED_OUTAGE).map(c -> ids(c.changes())))
                .as("one conflict per set of changes").doesNotHaveDuplicates();
        Statistics.label("combined outages").collect(conflicts.stream().anyMatch(c -> c.kind() == ConflictKind.COMBINED_OUTAGE));
        Statistics.label("combined outages").coverage(coverage -> coverage.check(true).percentage(p -> p >= 3));
        Statistics.label("of three or more").collect(conflicts.stream().anyMatch(c -> c.changes().size() > 2));
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void checkingEachChangeAgainstTheOthersFindsTheConflictsItIsPartOf(@ForAll("specs") Spec spec) {
        CiGraph graph = spec.graph();
        List<ScheduledChange> changes = spec.scheduled();
        ScheduleCheck check = ScheduleCheck.of(graph, spec.blackouts()).withSteps(spec.steps());
        List<ScheduleConflict> all = check.schedule(changes).conflicts();

        for (ScheduledChange candidate : changes) {
            List<ScheduledChange> others = changes.stream().filter(c -> !c.equals(candidate)).toList();

            List<ScheduleConflict> found = check.schedule(others).check(candidate);

            Set<String> expected = keys(all.stream().filter(c -> c.involves(candidate.id())).toList());
            assertThat(keys(found)).as("conflicts of %s", candidate).isEqualTo(expected);
        }
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void everyExplainingPathIsARealPathOfTheGraph(@ForAll("specs") Spec spec) {
        CiGraph graph = spec.graph();
        List<ScheduleConflict> conflicts = ScheduleCheck.of(graph, spec.blackouts()).withSteps(spec.steps())
                .schedule(spec.scheduled()).conflicts();

        for (ScheduleConflict conflict : conflicts) {
            if (conflict instanceof ScheduleConflict.NearbyChange nearby) {
                assertThat(nearby.change().touched()).contains(nearby.path().start());
                assertThat(nearby.other().touched()).contains(nearby.path().end());
                assertThat(nearby.path().length()).isLessThanOrEqualTo(spec.steps());
                assertThat(graph.relationships()).containsAll(nearby.path().relationships());
            } else if (conflict instanceof ScheduleConflict.Blackout blackout) {
                assertThat(blackout.change().touched()).contains(blackout.path().start());
                assertThat(blackout.window().attachedTo()).contains(blackout.path().end());
                assertThat(graph.relationships()).containsAll(blackout.path().relationships());
            } else if (conflict instanceof ScheduleConflict.CombinedOutage outage) {
                for (ScheduleConflict.ServiceDown down : outage.services()) {
                    for (ScheduledChange change : outage.changes()) {
                        assertThat(change.touched()).contains(down.paths().get(change.id()).start());
                        assertThat(down.paths().get(change.id()).end()).isEqualTo(down.service());
                        assertThat(graph.relationships()).containsAll(down.paths().get(change.id()).relationships());
                    }
                }
            }
        }
    }

    static Set<String> keys(List<ScheduleConflict> conflicts) {
        return conflicts.stream().flatMap(ScheduleCheckProperties::keys).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The keys of a conflict: one per combined outage and service, as the brute force finds them. */
    static java.util.stream.Stream<String> keys(ScheduleConflict conflict) {
        if (conflict instanceof ScheduleConflict.CombinedOutage outage) {
            return outage.serviceIds().stream().map(service -> "C " + ids(conflict.changes()) + " " + service);
        }
        return java.util.stream.Stream.of(key(conflict));
    }

    static String key(ScheduleConflict conflict) {
        return switch (conflict.kind()) {
            case BLACKOUT -> {
                ScheduleConflict.Blackout b = (ScheduleConflict.Blackout) conflict;
                yield "B " + b.change().number() + " " + b.window().id() + " " + b.path().length();
            }
            case NEARBY_CHANGE -> "N " + ids(conflict.changes()) + " " + ((ScheduleConflict.NearbyChange) conflict).path().length();
            case COMBINED_OUTAGE -> throw new IllegalArgumentException("a combined outage has a key per service");
        };
    }

    private static String ids(List<ScheduledChange> changes) {
        return changes.stream().map(c -> c.number().toString()).sorted().toList().toString();
    }

    private static String ids(Set<Integer> members, List<ScheduledChange> changes) {
        return members.stream().map(i -> changes.get(i).number().toString()).sorted().toList().toString();
    }

    /** Every subset of outage-taking changes sharing an instant whose union takes a service down while no proper subset does. */
    static Set<String> bruteForceCombinedOutages(CiGraph graph, List<ScheduledChange> changes) {
        ImpactAnalysis analysis = ImpactAnalysis.of(graph);
        List<Integer> outages = IntStream.range(0, changes.size()).filter(i -> changes.get(i).takesTouchedDown()).boxed().toList();
        Map<Integer, Set<CiId>> downByMask = new HashMap<>();
        Set<String> found = new TreeSet<>();
        int n = outages.size();
        for (int mask = 1; mask < (1 << n); mask++) {
            Set<Integer> members = members(mask, outages);
            if (members.size() < 2 || !shareAnInstant(members, changes)) {
                continue;
            }
            Set<CiId> down = down(mask, outages, changes, analysis, downByMask);
            for (CiId service : down) {
                if (!graph.item(service).businessService()) {
                    continue;
                }
                boolean minimal = true;
                for (int sub = (mask - 1) & mask; sub > 0; sub = (sub - 1) & mask) {
                    if (down(sub, outages, changes, analysis, downByMask).contains(service)) {
                        minimal = false;
                        break;
                    }
                }
                if (minimal) {
                    found.add("C " + ids(members, changes) + " " + service);
                }
            }
        }
        return found;
    }

    private static Set<Integer> members(int mask, List<Integer> outages) {
        Set<Integer> members = new TreeSet<>();
        for (int b = 0; b < outages.size(); b++) {
            if ((mask & (1 << b)) != 0) {
                members.add(outages.get(b));
            }
        }
        return members;
    }

    private static boolean shareAnInstant(Set<Integer> members, List<ScheduledChange> changes) {
        Instant latestStart = members.stream().map(i -> changes.get(i).start()).max(Instant::compareTo).orElseThrow();
        Instant earliestEnd = members.stream().map(i -> changes.get(i).end()).min(Instant::compareTo).orElseThrow();
        return latestStart.isBefore(earliestEnd);
    }

    private static Set<CiId> down(int mask, List<Integer> outages, List<ScheduledChange> changes, ImpactAnalysis analysis,
            Map<Integer, Set<CiId>> cache) {
        return cache.computeIfAbsent(mask, m -> {
            Set<CiId> failed = members(m, outages).stream().flatMap(i -> changes.get(i).touched().stream()).collect(Collectors.toSet());
            var report = analysis.impactOf(failed);
            return report.affectedIds().stream().filter(id -> report.stateOf(id) == OperationalState.DOWN).collect(Collectors.toSet());
        });
    }

    /** Every pair of overlapping changes at most {@code steps} relationships apart, with their distance. */
    static Set<String> bruteForceNearbyChanges(CiGraph graph, List<ScheduledChange> changes, int steps) {
        Set<String> found = new TreeSet<>();
        for (int i = 0; i < changes.size(); i++) {
            for (int j = i + 1; j < changes.size(); j++) {
                ScheduledChange a = changes.get(i);
                ScheduledChange b = changes.get(j);
                if (a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
                    Map<CiId, Integer> distance = undirectedDistances(graph, a.touched());
                    int nearest = b.touched().stream().filter(distance::containsKey).mapToInt(distance::get).min()
                            .orElse(Integer.MAX_VALUE);
                    if (nearest <= steps) {
                        found.add("N " + ids(List.of(a, b)) + " " + nearest);
                    }
                }
            }
        }
        return found;
    }

    static Map<CiId, Integer> undirectedDistances(CiGraph graph, Set<CiId> from) {
        Map<CiId, Integer> distance = new HashMap<>();
        Queue<CiId> queue = new ArrayDeque<>(from);
        from.forEach(f -> distance.put(f, 0));
        while (!queue.isEmpty()) {
            CiId at = queue.poll();
            for (Relationship r : graph.relationships()) {
                CiId next = r.from().equals(at) ? r.to() : r.to().equals(at) ? r.from() : null;
                if (next != null && !distance.containsKey(next)) {
                    distance.put(next, distance.get(at) + 1);
                    queue.add(next);
                }
            }
        }
        return distance;
    }

    /** Every change and blackout overlapping it whose window is attached to an item the change impacts, with the nearest path length. */
    static Set<String> bruteForceBlackouts(CiGraph graph, List<ScheduledChange> changes, List<ChangeWindow> windows) {
        ImpactAnalysis analysis = ImpactAnalysis.of(graph);
        Set<String> found = new TreeSet<>();
        for (ScheduledChange change : changes) {
            var report = analysis.impactOf(change.touched());
            for (ChangeWindow window : windows) {
                ChangeWindow.Timing.Dated dated = (ChangeWindow.Timing.Dated) window.timing();
                Instant start = dated.start().toInstant(ZoneOffset.UTC);
                Instant end = dated.end().toInstant(ZoneOffset.UTC);
                int nearest = window.attachedTo().stream().flatMap(ci -> report.affected(ci).stream())
                        .mapToInt(a -> a.path().length()).min().orElse(-1);
                if (nearest >= 0 && start.isBefore(change.end()) && change.start().isBefore(end)) {
                    found.add("B " + change.number() + " " + window.id() + " " + nearest);
                }
            }
        }
        return found;
    }
}
