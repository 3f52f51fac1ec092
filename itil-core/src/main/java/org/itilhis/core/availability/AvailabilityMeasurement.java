package org.itilhis.core.availability;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.ImpactAnalysis;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.cmdb.Relationship;
import org.itilhis.core.cmdb.RelationshipRules;
import org.itilhis.core.cmdb.RelationshipType;

/**
 * Measures a business service's availability on a {@link CiGraph}: the item outages are laid
 * on a timeline, the service's state in each stretch of it is what the CMDB's impact analysis
 * says of the items out then (redundancy rules included), and the down stretches are measured
 * in the service's calendar. The rules (docs/availability/measurement.md):
 *
 * <ul>
 *   <li><b>Timeline.</b> Every item outage is clipped to {@code [from, to)}; an open one runs to
 *       {@code to}. Outages of items the service does not need, directly or not, or that are not
 *       in the graph, change nothing and are dropped first. The remaining outages, cut at the
 *       planned windows' edges, give the boundaries of the elementary stretches; within a stretch
 *       the same items are out in the same way.</li>
 *   <li><b>State.</b> In each stretch the service's state is
 *       {@link ImpactAnalysis#impactOf(Map)} of the items out then, each DOWN or DEGRADED as its
 *       outage says (the worst when it has several), so one member of a two-node cluster down
 *       leaves the service degraded and both down bring it down, for the overlap only.</li>
 *   <li><b>Planned.</b> An item outage inside the window of a {@link PlannedMaintenance} that
 *       names the item is planned for the part inside the window. A down stretch is unplanned
 *       when the unplanned outages alone bring the service down, planned when only with the
 *       planned ones it is down. Degraded time is time the service is degraded but up.</li>
 *   <li><b>Agreed time.</b> Only the calendar's working time counts:
 *       {@link BusinessCalendar#businessTimeBetween} over each stretch. The calendar's own period
 *       edges need not cut the stretches, because business time is additive over adjacent spans:
 *       the figures are those of a timeline cut there too.</li>
 *   <li><b>Service outages.</b> A maximal run of adjacent stretches down in the same way
 *       (unplanned, or planned) is one {@link ServiceOutage}; a service down through a window's
 *       end is a planned outage followed by an unplanned one. Every one is listed in
 *       {@code explaining}; only unplanned ones with some agreed time in them count as outages.</li>
 *   <li><b>Figures.</b> Availability is (agreed − unplanned) / agreed × 100, at scale
 *       {@value #SCALE} rounded down, so that 99.95999 never shows as, or meets a target of,
 *       99.96; 100 when nothing was agreed. MTRS = unplanned downtime / outages, MTBF = (agreed −
 *       unplanned) / outages, the longest outage in agreed time; all three empty without
 *       outages. The target is met when the availability is at least its percentage.</li>
 * </ul>
 *
 * <p>Efficiency: a service's state depends only on the items it needs, directly or not, and
 * those items' own dependencies are all among them, so the impact is computed on the part of
 * the graph the service needs (built once per service, with its relationships and redundancy
 * rules), not on the whole estate that a core switch's failure reaches. And it is computed once
 * per distinct set of items out (with their states), kept for the life of this object, which
 * is meant to serve one graph version: a month of a few hundred outages needs a few hundred
 * impact passes on a few dozen items at most.
 */
public final class AvailabilityMeasurement {
    /** The decimals of the availability percentage. */
    public static final int SCALE = 4;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The order of an explaining outage's causes, whatever the order they were given in. */
    private static final Comparator<Outage> BY_START = Comparator.comparing(Outage::start)
            .thenComparing(Outage::reference).thenComparing(outage -> outage.ci().toString())
            .thenComparing(Outage::state).thenComparing(Outage::source);

    private final CiGraph graph;
    private final Map<CiId, NeededPart> needed = new ConcurrentHashMap<>();
    private final Map<ServiceAndStates, OperationalState> serviceStates = new ConcurrentHashMap<>();

    private AvailabilityMeasurement(CiGraph graph) {
        this.graph = checkNotNull(graph, "graph");
    }

    public static AvailabilityMeasurement of(CiGraph graph) {
        return new AvailabilityMeasurement(graph);
    }

    /**
     * The availability of {@code service} over {@code [from, to)}.
     *
     * @param outages  item outages (of any items; those not reaching the service change nothing),
     *                 open ones running to {@code to}
     * @param planned  approved change windows: an item outage inside one on that item is planned
     * @throws IllegalArgumentException if the service is not in the graph or {@code to} is before {@code from}
     */
    public ServiceAvailability measure(CiId service, BusinessCalendar calendar, Instant from, Instant to,
                                       Collection<Outage> outages, Collection<PlannedMaintenance> planned,
                                       Optional<AvailabilityTarget> target) {
        checkNotNull(service, "service");
        checkNotNull(calendar, "calendar");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkNotNull(outages, "outages");
        checkNotNull(planned, "planned");
        checkNotNull(target, "target");
        checkArgument(!to.isBefore(from), "period %s..%s ends before it starts", from, to);
        graph.item(service);

        NeededPart part = needed.computeIfAbsent(service, this::neededBy);
        List<OutagePiece> pieces = new ArrayList<>();
        for (Outage outage : outages) {
            if (part.items().contains(checkNotNull(outage, "outage").ci())) {
                pieces.addAll(OutagePiece.of(outage, from, to, planned));
            }
        }
        pieces.sort(Comparator.comparing(OutagePiece::start));

        Tally tally = new Tally(calendar);
        TreeSet<Instant> boundaries = new TreeSet<>();
        pieces.forEach(piece -> {
            boundaries.add(piece.start());
            boundaries.add(piece.end());
        });
        boundaries.add(from);
        boundaries.add(to);
        List<OutagePiece> active = new ArrayList<>();
        int next = 0;
        Instant start = null;
        for (Instant end : boundaries) {
            if (start != null) {
                Instant at = start;
                active.removeIf(piece -> !piece.end().isAfter(at));
                while (next < pieces.size() && !pieces.get(next).start().isAfter(at)) {
                    active.add(pieces.get(next++));
                }
                tally.add(start, end, stateIn(service, part, active), active);
            }
            start = end;
        }
        return tally.result(service, from, to, target);
    }

    /** The items {@code service} needs, itself included, and the graph they make with their relationships and rules. */
    private NeededPart neededBy(CiId service) {
        Set<CiId> items = new HashSet<>();
        items.add(service);
        ImpactAnalysis.of(graph).candidateCauses(service).forEach(path -> items.add(path.end()));
        CiGraph.Builder part = CiGraph.builder(RelationshipRules.allowingEverything()); // checked in the whole graph
        items.forEach(id -> part.add(graph.item(id)));
        for (CiId id : items) {
            for (Relationship relationship : graph.dependencies(id)) {
                if (items.contains(relationship.otherEnd(id))) {
                    part.relate(relationship);
                }
            }
            for (RelationshipType type : RelationshipType.values()) {
                graph.redundancyRule(id, type).ifPresent(rule -> part.redundancy(id, rule));
            }
        }
        return new NeededPart(ImmutableSet.copyOf(items), ImpactAnalysis.of(part.build()));
    }

    private record NeededPart(ImmutableSet<CiId> items, ImpactAnalysis impact) {
    }

    private Kind stateIn(CiId service, NeededPart part, List<OutagePiece> active) {
        if (active.isEmpty()) {
            return Kind.UP;
        }
        Map<CiId, OperationalState> all = new HashMap<>();
        Map<CiId, OperationalState> unplanned = new HashMap<>();
        for (OutagePiece piece : active) {
            all.merge(piece.ci(), piece.state(), OperationalState::worst);
            if (!piece.planned()) {
                unplanned.merge(piece.ci(), piece.state(), OperationalState::worst);
            }
        }
        if (serviceState(service, part, unplanned) == OperationalState.DOWN) {
            return Kind.UNPLANNED_DOWN;
        }
        return switch (serviceState(service, part, all)) {
            case DOWN -> Kind.PLANNED_DOWN;
            case DEGRADED -> Kind.DEGRADED;
            case OPERATIONAL -> Kind.UP;
        };
    }

    private OperationalState serviceState(CiId service, NeededPart part, Map<CiId, OperationalState> out) {
        if (out.isEmpty()) {
            return OperationalState.OPERATIONAL;
        }
        ServiceAndStates key = new ServiceAndStates(service, ImmutableMap.copyOf(out));
        OperationalState known = serviceStates.get(key);
        if (known == null) {
            known = part.impact().impactOf(key.out()).stateOf(service);
            serviceStates.put(key, known);
        }
        return known;
    }

    private record ServiceAndStates(CiId service, ImmutableMap<CiId, OperationalState> out) {
    }

    /** How the service fares in a stretch. */
    private enum Kind {
        UP, DEGRADED, PLANNED_DOWN, UNPLANNED_DOWN;

        boolean down() {
            return this == PLANNED_DOWN || this == UNPLANNED_DOWN;
        }
    }

    /** Sums the stretches as they come, in time order, and joins the down ones into service outages. */
    private static final class Tally {
        private final BusinessCalendar calendar;
        private Duration unplanned = Duration.ZERO;
        private Duration planned = Duration.ZERO;
        private Duration degraded = Duration.ZERO;
        private final List<ServiceOutage> explaining = new ArrayList<>();
        private Kind runKind = Kind.UP;
        private Instant runStart;
        private Instant runEnd;
        private Duration runCounted;
        private final Set<Outage> runCauses = new LinkedHashSet<>();
        private final Set<String> runChanges = new LinkedHashSet<>();

        Tally(BusinessCalendar calendar) {
            this.calendar = calendar;
        }

        void add(Instant start, Instant end, Kind kind, List<OutagePiece> active) {
            Duration agreed = kind == Kind.UP ? Duration.ZERO : calendar.businessTimeBetween(start, end);
            switch (kind) {
                case UNPLANNED_DOWN -> unplanned = unplanned.plus(agreed);
                case PLANNED_DOWN -> planned = planned.plus(agreed);
                case DEGRADED -> degraded = degraded.plus(agreed);
                case UP -> { }
            }
            if (kind != runKind) {
                closeRun();
                if (kind.down()) {
                    runKind = kind;
                    runStart = start;
                    runCounted = Duration.ZERO;
                }
            }
            if (kind.down()) {
                runEnd = end;
                runCounted = runCounted.plus(agreed);
                for (OutagePiece piece : active) {
                    if (kind == Kind.PLANNED_DOWN || !piece.planned()) {
                        runCauses.add(piece.outage());
                    }
                    if (kind == Kind.PLANNED_DOWN) {
                        runChanges.addAll(piece.changes());
                    }
                }
            }
        }

        private void closeRun() {
            if (runKind.down()) {
                explaining.add(new ServiceOutage(runStart, runEnd, runKind == Kind.PLANNED_DOWN, runCounted,
                        ImmutableList.sortedCopyOf(BY_START, runCauses), ImmutableList.sortedCopyOf(runChanges)));
            }
            runKind = Kind.UP;
            runCauses.clear();
            runChanges.clear();
        }

        ServiceAvailability result(CiId service, Instant from, Instant to, Optional<AvailabilityTarget> target) {
            closeRun();
            Duration agreed = calendar.businessTimeBetween(from, to);
            BigDecimal availability = agreed.isZero()
                    ? HUNDRED.setScale(SCALE)
                    : new BigDecimal(agreed.minus(unplanned).toNanos()).multiply(HUNDRED)
                            .divide(new BigDecimal(agreed.toNanos()), SCALE, RoundingMode.DOWN);
            List<ServiceOutage> counted = explaining.stream()
                    .filter(outage -> !outage.planned() && !outage.counted().isZero())
                    .toList();
            int outages = counted.size();
            Optional<Duration> mtbf = outages == 0 ? Optional.empty() : Optional.of(agreed.minus(unplanned).dividedBy(outages));
            Optional<Duration> mtrs = outages == 0 ? Optional.empty() : Optional.of(unplanned.dividedBy(outages));
            Optional<Duration> longest = counted.stream().map(ServiceOutage::counted).max(Comparator.naturalOrder());
            Optional<Boolean> met = target.map(t -> availability.compareTo(t.percent()) >= 0);
            return new ServiceAvailability(service, from, to, calendar.name(), agreed, unplanned, planned, degraded,
                    availability, outages, mtbf, mtrs, longest, target, met, ImmutableList.copyOf(explaining));
        }
    }
}
