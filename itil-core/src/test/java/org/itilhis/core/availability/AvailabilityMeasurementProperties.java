package org.itilhis.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.BusinessCalendarBuilder;
import org.itilhis.core.calendar.WorkingPeriod;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiNode;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.cmdb.RedundancyRule;
import org.itilhis.core.cmdb.RelationshipRules;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.priority.ServiceCriticality;

/**
 * The measurement against a brute-force timeline: minute by minute over a period of up to a day
 * and a half, the state of a small random graph's service (item 0) is worked out from scratch,
 * with an evaluator of the impact rules of its own, from the outages and windows covering that
 * minute, and every figure and every explaining outage is then counted from the minutes.
 *
 * <p>The graphs are acyclic (item {@code i} needs only items after it), so the oracle can settle
 * each item's state from those after it; relationship types include part of, whose direction of
 * need is reversed, and redundancy rules by count or share are frequent, over members that are
 * often out together. The calendars have one to three working periods a day with gaps between
 * them, weekends worked or not; outages may be degraded, open, zero-long, or start before the
 * period; change windows name one or two items and overlap each other and the outages.
 */
class AvailabilityMeasurementProperties {
    static final int ITEMS = 7;
    static final Instant MONDAY = Instant.parse("2026-12-07T00:00:00Z");
    static final RelationshipType[] TYPES = {RelationshipType.RUNS_ON, RelationshipType.DEPENDS_ON,
            RelationshipType.INSTALLED_ON, RelationshipType.USES, RelationshipType.PART_OF, RelationshipType.PART_OF};
    static final List<String> TARGETS = List.of("50", "95", "99", "99.9", "99.95");

    /**
     * One case. Minutes are relative to the period's start.
     *
     * @param needs     (i, j, type index): item i needs item j (i before j)
     * @param rules     (item, type index, count, or minus a percentage)
     * @param cuts      the minutes of the day at which working periods start and end, in pairs
     * @param outages   (item, start, length or -1 when open, 1 when degraded)
     * @param windows   (item, other item, start, length)
     */
    record Spec(int items, List<int[]> needs, List<int[]> rules, List<Integer> cuts, boolean weekends, int offset,
                int length, List<int[]> outages, List<int[]> windows, int target) {

        @Override
        public String toString() {
            return "Spec[items=" + items + ", needs=" + text(needs) + ", rules=" + text(rules) + ", cuts=" + cuts
                    + ", weekends=" + weekends + ", offset=" + offset + ", length=" + length + ", outages="
                    + text(outages) + ", windows=" + text(windows) + ", target=" + target + "]";
        }

        private static String text(List<int[]> arrays) {
            return arrays.stream().map(Arrays::toString).toList().toString();
        }

        Instant from() {
            return MONDAY.plus(Duration.ofMinutes(offset));
        }

        Instant minute(int m) {
            return from().plus(Duration.ofMinutes(m));
        }

        /** (i, j, type ordinal) without duplicates (the graph keeps one of each), each "i needs j" with i before j. */
        Set<List<Integer>> edges() {
            Set<List<Integer>> edges = new LinkedHashSet<>();
            for (int[] n : needs) {
                int i = Math.min(n[0], n[1]);
                int j = Math.max(n[0], n[1]);
                if (i != j && j < items) {
                    edges.add(List.of(i, j, TYPES[n[2]].ordinal()));
                }
            }
            return edges;
        }

        /** (item, type) to its rule, the last one given winning as in the graph builder. */
        Map<List<Integer>, RedundancyRule> redundancy() {
            Map<List<Integer>, RedundancyRule> rules = new HashMap<>();
            for (int[] r : this.rules) {
                if (r[0] < items) {
                    RelationshipType type = TYPES[r[1]];
                    rules.put(List.of(r[0], type.ordinal()),
                            r[2] > 0 ? RedundancyRule.downWhen(type, r[2]) : RedundancyRule.downWhenPercent(type, -r[2]));
                }
            }
            return rules;
        }

        CiGraph graph() {
            CiGraph.Builder builder = CiGraph.builder(RelationshipRules.allowingEverything());
            for (int i = 0; i < items; i++) {
                builder.add(new CiNode(id(i), i == 0 ? "business-service" : "ci", ServiceCriticality.IMPORTANT, i == 0));
            }
            for (List<Integer> e : edges()) {
                RelationshipType type = RelationshipType.values()[e.get(2)];
                if (type == RelationshipType.PART_OF) {
                    builder.relate(id(e.get(1)), type, id(e.get(0)));
                } else {
                    builder.relate(id(e.get(0)), type, id(e.get(1)));
                }
            }
            redundancy().forEach((key, rule) -> builder.redundancy(id(key.get(0)), rule));
            return builder.build();
        }

        List<int[]> periods() {
            List<int[]> periods = new ArrayList<>();
            List<Integer> sorted = new ArrayList<>(new TreeSet<>(cuts));
            for (int k = 0; k + 1 < sorted.size(); k += 2) {
                periods.add(new int[] {sorted.get(k), sorted.get(k + 1)});
            }
            return periods;
        }

        BusinessCalendar calendar() {
            WorkingPeriod[] periods = periods().stream().map(p -> new WorkingPeriod(p[0] * 60, p[1] * 60))
                    .toArray(WorkingPeriod[]::new);
            BusinessCalendarBuilder builder = BusinessCalendar.builder("random").zone(ZoneOffset.UTC);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (weekends || day.getValue() <= 5) {
                    builder.weekly(day, periods);
                }
            }
            return builder.build();
        }

        /** Whether the minute is working time, told from the periods rather than the calendar. */
        boolean[] working() {
            List<int[]> periods = periods();
            boolean[] working = new boolean[length];
            for (int m = 0; m < length; m++) {
                ZonedDateTime local = minute(m).atZone(ZoneOffset.UTC);
                int minuteOfDay = local.getHour() * 60 + local.getMinute();
                working[m] = (weekends || local.getDayOfWeek().getValue() <= 5)
                        && periods.stream().anyMatch(p -> p[0] <= minuteOfDay && minuteOfDay < p[1]);
            }
            return working;
        }

        List<Outage> outageRecords() {
            List<Outage> records = new ArrayList<>();
            for (int k = 0; k < outages.size(); k++) {
                int[] o = outages.get(k);
                records.add(new Outage(id(o[0]), o[3] == 1 ? OperationalState.DEGRADED : OperationalState.DOWN,
                        minute(o[1]), o[2] < 0 ? Optional.empty() : Optional.of(minute(o[1] + o[2])),
                        OutageSource.values()[k % 3], "outage " + k));
            }
            return records;
        }

        List<PlannedMaintenance> windowRecords() {
            List<PlannedMaintenance> records = new ArrayList<>();
            for (int k = 0; k < windows.size(); k++) {
                int[] w = windows.get(k);
                records.add(new PlannedMaintenance("CHG-" + k, ImmutableSet.of(id(w[0]), id(w[1])), minute(w[2]),
                        minute(w[2] + w[3])));
            }
            return records;
        }

        Optional<AvailabilityTarget> targetRecord() {
            return target < 0 ? Optional.empty() : Optional.of(AvailabilityTarget.percent(TARGETS.get(target)));
        }
    }

    static CiId id(int n) {
        return new CiId(new UUID(21, n));
    }

    /** A service outage as the brute force sees it: causes and changes as sets. */
    record Explained(Instant start, Instant end, boolean planned, Duration counted, Set<Outage> causes,
                     Set<String> maintenance) {
        static Explained of(ServiceOutage outage) {
            return new Explained(outage.start(), outage.end(), outage.planned(), outage.counted(),
                    Set.copyOf(outage.causes()), Set.copyOf(outage.maintenance()));
        }
    }

    /** The state of each item, from the last to the first, from its own outages and what it needs. */
    static OperationalState[] states(int items, Set<List<Integer>> edges, Map<List<Integer>, RedundancyRule> rules,
            Map<Integer, OperationalState> out) {
        OperationalState[] state = new OperationalState[items];
        for (int i = items - 1; i >= 0; i--) {
            OperationalState s = out.getOrDefault(i, OperationalState.OPERATIONAL);
            Map<RelationshipType, List<OperationalState>> members = new LinkedHashMap<>();
            for (List<Integer> e : edges) {
                if (e.get(0) == i) {
                    members.computeIfAbsent(RelationshipType.values()[e.get(2)], t -> new ArrayList<>()).add(state[e.get(1)]);
                }
            }
            for (var byType : members.entrySet()) {
                RedundancyRule rule = rules.get(List.of(i, byType.getKey().ordinal()));
                for (OperationalState member : byType.getValue()) {
                    s = s.worst(rule == null || member == OperationalState.OPERATIONAL ? member : OperationalState.DEGRADED);
                }
                long down = byType.getValue().stream().filter(OperationalState.DOWN::equals).count();
                if (rule != null && down >= rule.downThreshold(byType.getValue().size())) {
                    s = OperationalState.DOWN;
                }
            }
            state[i] = s;
        }
        return state;
    }

    /** The oracle's state of the service with items out as given (0 operational, 1 degraded, 2 down), remembered. */
    static OperationalState serviceState(Spec spec, Set<List<Integer>> edges, Map<List<Integer>, RedundancyRule> rules,
            OperationalState[] known, int[] out) {
        int key = 0;
        for (int state : out) {
            key = key * 3 + state;
        }
        if (known[key] == null) {
            Map<Integer, OperationalState> states = new HashMap<>();
            for (int i = 0; i < out.length; i++) {
                states.put(i, OperationalState.values()[out[i]]);
            }
            known[key] = states(spec.items(), edges, rules, states)[0];
        }
        return known[key];
    }

    /** The elements whose bits are set. */
    static <T> Set<T> pick(List<T> all, int bits) {
        Set<T> picked = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            if ((bits & 1 << i) != 0) {
                picked.add(all.get(i));
            }
        }
        return picked;
    }

    /** The items the service needs, directly or not, itself included. */
    static Set<Integer> needed(Spec spec) {
        Set<Integer> needed = new HashSet<>(Set.of(0));
        for (int i = 0; i < spec.items(); i++) {
            for (List<Integer> e : spec.edges()) {
                if (e.get(0) == i && needed.contains(i)) {
                    needed.add(e.get(1));
                }
            }
        }
        return needed;
    }

    enum Kind { UP, DEGRADED, PLANNED, UNPLANNED }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void everyFigureIsWhatAMinuteByMinuteTimelineCounts(@ForAll("specs") Spec spec) {
        List<Outage> outages = spec.outageRecords();
        List<PlannedMaintenance> windows = spec.windowRecords();
        Set<Integer> needed = needed(spec);
        Set<List<Integer>> edges = spec.edges();
        Map<List<Integer>, RedundancyRule> rules = spec.redundancy();
        boolean[] isWorking = spec.working();
        OperationalState[] known = new OperationalState[(int) Math.pow(3, spec.items())]; // by items out, base 3
        int length = spec.length();
        Kind[] kind = new Kind[length];
        int[] causes = new int[length]; // the outages (bits by index) explaining each minute
        int[] changes = new int[length]; // the windows (bits by index) making it planned
        for (int m = 0; m < length; m++) {
            int[] all = new int[spec.items()];
            int[] unplanned = new int[spec.items()];
            int activeAll = 0;
            int activeUnplanned = 0;
            int covering = 0;
            for (int k = 0; k < spec.outages().size(); k++) {
                int[] o = spec.outages().get(k);
                if (m < o[1] || (o[2] >= 0 && m >= o[1] + o[2])) {
                    continue;
                }
                int plannedBy = 0;
                for (int w = 0; w < spec.windows().size(); w++) {
                    int[] window = spec.windows().get(w);
                    if ((window[0] == o[0] || window[1] == o[0]) && window[2] <= m && m < window[2] + window[3]) {
                        plannedBy |= 1 << w;
                    }
                }
                int state = o[3] == 1 ? 1 : 2;
                all[o[0]] = Math.max(all[o[0]], state);
                if (needed.contains(o[0])) {
                    activeAll |= 1 << k;
                    covering |= plannedBy;
                }
                if (plannedBy == 0) {
                    unplanned[o[0]] = Math.max(unplanned[o[0]], state);
                    if (needed.contains(o[0])) {
                        activeUnplanned |= 1 << k;
                    }
                }
            }
            OperationalState withAll = serviceState(spec, edges, rules, known, all);
            if (serviceState(spec, edges, rules, known, unplanned) == OperationalState.DOWN) {
                kind[m] = Kind.UNPLANNED;
                causes[m] = activeUnplanned;
            } else {
                kind[m] = withAll == OperationalState.DOWN ? Kind.PLANNED
                        : withAll == OperationalState.DEGRADED ? Kind.DEGRADED : Kind.UP;
                causes[m] = activeAll;
                changes[m] = covering;
            }
        }
        long agreed = 0;
        long[] byKind = new long[Kind.values().length];
        List<Explained> explained = new ArrayList<>();
        for (int m = 0; m < length; m++) {
            boolean working = isWorking[m];
            agreed += working ? 1 : 0;
            byKind[kind[m].ordinal()] += working ? 1 : 0;
            boolean down = kind[m] == Kind.PLANNED || kind[m] == Kind.UNPLANNED;
            if (down && (m == 0 || kind[m - 1] != kind[m])) {
                int end = m;
                long counted = 0;
                int runCauses = 0;
                int runChanges = 0;
                while (end < length && kind[end] == kind[m]) {
                    counted += isWorking[end] ? 1 : 0;
                    runCauses |= causes[end];
                    runChanges |= changes[end];
                    end++;
                }
                explained.add(new Explained(spec.minute(m), spec.minute(end), kind[m] == Kind.PLANNED,
                        Duration.ofMinutes(counted), pick(outages, runCauses),
                        pick(windows, runChanges).stream().map(PlannedMaintenance::change).collect(Collectors.toSet())));
            }
        }
        Duration agreedTime = Duration.ofMinutes(agreed);
        Duration unplannedTime = Duration.ofMinutes(byKind[Kind.UNPLANNED.ordinal()]);
        List<Duration> counted = explained.stream().filter(e -> !e.planned() && !e.counted().isZero())
                .map(Explained::counted).toList();
        BigDecimal availability = agreed == 0 ? new BigDecimal("100.0000")
                : BigDecimal.valueOf((agreed - byKind[Kind.UNPLANNED.ordinal()]) * 100)
                        .divide(BigDecimal.valueOf(agreed), 4, RoundingMode.DOWN);

        ServiceAvailability measured = AvailabilityMeasurement.of(spec.graph()).measure(id(0), spec.calendar(),
                spec.from(), spec.minute(length), outages, windows, spec.targetRecord());

        assertThat(AvailabilityMeasurement.of(spec.graph()).measure(id(0), spec.calendar(), spec.from(),
                spec.minute(length), Lists.reverse(outages), Lists.reverse(windows), spec.targetRecord()))
                .as("measured from the outages and windows in the reverse order").isEqualTo(measured);
        assertThat(measured.agreedTime()).as("agreed time").isEqualTo(agreedTime);
        assertThat(measured.unplannedDowntime()).as("unplanned downtime").isEqualTo(unplannedTime);
        assertThat(measured.plannedDowntime()).as("planned downtime").isEqualTo(Duration.ofMinutes(byKind[Kind.PLANNED.ordinal()]));
        assertThat(measured.degradedTime()).as("degraded time").isEqualTo(Duration.ofMinutes(byKind[Kind.DEGRADED.ordinal()]));
        assertThat(measured.availability()).as("availability").isEqualTo(availability);
        assertThat(measured.outages()).as("outages").isEqualTo(counted.size());
        assertThat(measured.mtrs()).as("MTRS").isEqualTo(counted.isEmpty() ? Optional.empty()
                : Optional.of(unplannedTime.dividedBy(counted.size())));
        assertThat(measured.mtbf()).as("MTBF").isEqualTo(counted.isEmpty() ? Optional.empty()
                : Optional.of(agreedTime.minus(unplannedTime).dividedBy(counted.size())));
        assertThat(measured.longestOutage()).as("longest outage").isEqualTo(counted.stream().max(Duration::compareTo));
        assertThat(measured.targetMet()).as("target met")
                .isEqualTo(spec.targetRecord().map(t -> availability.compareTo(t.percent()) >= 0));
        assertThat(measured.explaining()).extracting(Explained::of).as("explaining").containsExactlyElementsOf(explained);
        Statistics.label("down at all").collect(Arrays.stream(kind).anyMatch(k -> k == Kind.UNPLANNED || k == Kind.PLANNED))
                .coverage(check -> check.check(true).percentage(p -> p > 50));
        Statistics.label("unplanned in agreed time").collect(byKind[Kind.UNPLANNED.ordinal()] > 0)
                .coverage(check -> check.check(true).percentage(p -> p > 25));
        Statistics.label("planned in agreed time").collect(byKind[Kind.PLANNED.ordinal()] > 0)
                .coverage(check -> check.check(true).percentage(p -> p > 8));
        Statistics.label("degraded in agreed time").collect(byKind[Kind.DEGRADED.ordinal()] > 0)
                .coverage(check -> check.check(true).percentage(p -> p > 5));
        Statistics.label("explaining outages").collect(Math.min(explained.size(), 3))
                .coverage(check -> check.check(3).percentage(p -> p > 5));
    }

    @Provide
    Arbitrary<Spec> specs() {
        Arbitrary<Integer> type = uniform(0, TYPES.length - 1);
        Arbitrary<List<Integer>> cuts = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(List.of(0, 1440))),
                Tuple.of(1, Arbitraries.just(List.of(480, 720, 840, 1050))),
                Tuple.of(4, uniform(0, 1440).set().ofMinSize(2).ofMaxSize(6).map(List::copyOf)))
                .filter(c -> c.size() >= 2);
        Arbitrary<Integer> offset = Arbitraries.oneOf(uniform(0, 7 * 1440), uniform(4 * 1440, 6 * 1440));
        Arbitrary<Integer> items = Arbitraries.frequencyOf(Tuple.of(1, uniform(1, 2)), Tuple.of(6, uniform(3, ITEMS)));
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(1, uniform(0, 10)), Tuple.of(9, uniform(11, 36 * 60))), items, cuts, Arbitraries.of(true, false), offset,
                        uniform(-1, TARGETS.size() - 1))
                .as((length, n, c, weekends, o, target) -> new Spec(n, List.of(), List.of(), c, weekends, o, length,
                        List.of(), List.of(), target))
                .flatMap(shape -> {
                    int n = shape.items();
                    int length = shape.length();
                    Arbitrary<Integer> item = uniform(0, n - 1);
                    Arbitrary<int[]> need = Combinators.combine(item, item, type).as((i, j, t) -> new int[] {i, j, t});
                    Arbitrary<int[]> rule = Combinators.combine(item, type,
                            Arbitraries.oneOf(uniform(1, 3), uniform(-100, -1))).as((i, t, c) -> new int[] {i, t, c});
                    Arbitrary<Integer> minute = uniform(-120, length + 60);
                    Arbitrary<int[]> outage = Combinators.combine(item, minute,
                            Arbitraries.frequencyOf(Tuple.of(8, uniform(0, Math.max(1, length))),
                                    Tuple.of(1, Arbitraries.just(-1))),
                            Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(0)), Tuple.of(1, Arbitraries.just(1))))
                            .as((i, s, l, d) -> new int[] {i, s, l, d});
                    Arbitrary<int[]> spine = n < 2 ? Arbitraries.just(new int[0])
                            : Arbitraries.frequencyOf(Tuple.of(4, type.map(t -> new int[] {0, 1, t})), Tuple.of(1, Arbitraries.just(new int[0])));
                    Arbitrary<List<int[]>> needs = Combinators.combine(spine,
                            need.list().ofMaxSize(3 * n).withSizeDistribution(RandomDistribution.uniform()))
                            .as((first, rest) -> {
                                List<int[]> all = new ArrayList<>(rest);
                                if (first.length > 0) {
                                    all.add(0, first);
                                }
                                return List.copyOf(all);
                            });
                    Arbitrary<List<int[]>> rules = rule.list().ofMaxSize(3).withSizeDistribution(RandomDistribution.uniform());
                    Arbitrary<List<int[]>> outages = outage.list().ofMaxSize(12).withSizeDistribution(RandomDistribution.uniform());
                    return Combinators.combine(needs, rules, outages).as((ns, rs, os) -> new Spec(n, ns, rs,
                            shape.cuts(), shape.weekends(), shape.offset(), length, os, List.of(), shape.target()));
                })
                .flatMap(spec -> {
                    List<Integer> named = new ArrayList<>();
                    spec.outages().forEach(o -> named.addAll(List.of(o[0], o[0], o[0])));
                    for (int i = 0; i < spec.items(); i++) {
                        named.add(i);
                    }
                    Arbitrary<Integer> item = Arbitraries.of(named);
                    Arbitrary<int[]> window = Combinators.combine(item, item, uniform(-120, spec.length() + 60),
                            uniform(1, Math.max(1, spec.length()))).as((i, j, s, l) -> new int[] {i, j, s, l});
                    return window.list().ofMaxSize(4).withSizeDistribution(RandomDistribution.uniform()).map(windows -> new Spec(spec.items(),
                            spec.needs(), spec.rules(), spec.cuts(), spec.weekends(), spec.offset(), spec.length(),
                            spec.outages(), windows, spec.target()));
                });
    }

    private static Arbitrary<Integer> uniform(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }
}
