package org.itilhis.core.sla.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.sla.ClockState;
import org.itilhis.core.sla.OlaSegment;
import org.itilhis.core.sla.SlaClock;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.ticket.TicketId;

/**
 * The service level report of issue 4: a pure function of ticket measurements (taken by
 * {@link org.itilhis.core.sla.SlaClocks#measure}, normally all at one instant) and a
 * {@link ReportScope}. It answers whether the desk met its targets, and which tickets need
 * attention now.
 *
 * <p><b>Compliance</b> covers the tickets raised within the scope (at their response clock's
 * start), grouped four ways, each ticket in exactly one group of each way, so the groups of
 * one way always add up to {@code overall}:
 * <ul>
 *   <li>{@code byService}: the catalogue service, by name;</li>
 *   <li>{@code byPriority}: the priority whose targets apply (the latest), P1 first;</li>
 *   <li>{@code byGroup}: the assignment group holding the ticket at the measuring instant,
 *       i.e. at resolution for a resolved ticket (its last OLA segment), by group name;</li>
 *   <li>{@code byPeriod}: the period in which it was raised; every period of the scope is
 *       listed, oldest first, empty ones included, so the series has no gaps.</li>
 * </ul>
 * {@code olaByGroup} sums every OLA segment of those tickets per group that held one, by name.
 *
 * <p>The <b>watch lists</b> consider every measurement given, whenever its ticket was raised:
 * an open ticket is one whose resolution clock has not stopped for good (neither resolved nor
 * closed nor cancelled). {@code breached} lists the open tickets with a breached clock (open
 * or stopped late); {@code atRisk} lists the other open tickets with a running or paused
 * clock past a warning threshold. No ticket is in both, none twice; each list runs
 * {@linkplain TicketAlert#MOST_URGENT_FIRST most urgent first}.
 *
 * <p>Figures measured over a year whose official holiday arrangement the calendar did not
 * hold are provisional: {@code provisionalTickets} counts the in-scope measurements with a
 * provisional clock and {@code provisionalYears} names those years (ADR 0003).
 *
 * @param outsideScope how many measurements were left out of the compliance figures because
 *                     their ticket was raised outside the scope
 */
public record SlaReport(ReportScope scope, int outsideScope, ComplianceFigures overall,
                        ImmutableMap<String, ComplianceFigures> byService,
                        ImmutableMap<Priority, ComplianceFigures> byPriority,
                        ImmutableMap<GroupId, ComplianceFigures> byGroup,
                        ImmutableMap<ReportPeriod, ComplianceFigures> byPeriod,
                        ImmutableMap<GroupId, OlaFigures> olaByGroup,
                        ImmutableList<TicketAlert> atRisk, ImmutableList<TicketAlert> breached,
                        int provisionalTickets, ImmutableSortedSet<Integer> provisionalYears) {
    private static final Comparator<GroupId> BY_NAME = Comparator.comparing(GroupId::value);

    public SlaReport {
        checkNotNull(scope, "scope");
        checkArgument(outsideScope >= 0, "negative outsideScope %s", outsideScope);
        checkNotNull(overall, "overall");
        checkNotNull(byService, "byService");
        checkNotNull(byPriority, "byPriority");
        checkNotNull(byGroup, "byGroup");
        checkNotNull(byPeriod, "byPeriod");
        checkNotNull(olaByGroup, "olaByGroup");
        checkNotNull(atRisk, "atRisk");
        checkNotNull(breached, "breached");
        checkArgument(provisionalTickets >= 0, "negative provisionalTickets %s", provisionalTickets);
        checkNotNull(provisionalYears, "provisionalYears");
    }

    /**
     * The report on {@code measurements} for {@code scope}; see the class comment.
     *
     * @throws IllegalArgumentException if a measurement is null, a ticket is measured twice, or
     *         a measurement has no OLA segment (one from {@code SlaClocks} always has one)
     */
    public static SlaReport of(Collection<SlaMeasurement> measurements, ReportScope scope) {
        checkNotNull(measurements, "measurements");
        measurements.forEach(m -> checkArgument(m != null, "a measurement is null"));
        return of(measurements.stream().map(TicketStanding::of).toList(), measurements, scope);
    }

    /**
     * The report on the tickets of {@code standings} for {@code scope}, the same as {@link
     * #of(Collection, ReportScope)} on their measurements: the watch lists come from {@code
     * alerting}, the measurements of (at least) every ticket whose standing {@linkplain
     * TicketStanding#mayAlert() may alert}, taken at the same instant as the standings.
     *
     * @throws IllegalArgumentException if a standing is null, a ticket stands twice, or a
     *         standing that may alert has no measurement among {@code alerting}
     */
    public static SlaReport of(Collection<TicketStanding> standings, Collection<SlaMeasurement> alerting,
                               ReportScope scope) {
        checkNotNull(standings, "standings");
        checkNotNull(alerting, "alerting");
        checkNotNull(scope, "scope");
        checkStandings(standings, alerting);
        List<TicketStanding> inScope = standings.stream().filter(s -> scope.contains(s.raisedAt())).toList();
        ImmutableList<ReportPeriod> periodList = scope.periods();
        Map<ReportPeriod, ComplianceTally> periods = new LinkedHashMap<>();
        periodList.forEach(p -> periods.put(p, new ComplianceTally()));
        return new SlaReport(scope, standings.size() - inScope.size(), ComplianceFigures.ofStandings(inScope),
                figuresBy(inScope, TicketStanding::service, new TreeMap<>()),
                figuresBy(inScope, TicketStanding::priority, new TreeMap<>()),
                figuresBy(inScope, TicketStanding::groupAtEnd, new TreeMap<>(BY_NAME)),
                figuresBy(inScope, periodOf(periodList), periods),
                ola(inScope), atRisk(alerting), breached(alerting),
                (int) inScope.stream().filter(TicketStanding::isProvisional).count(),
                inScope.stream().flatMap(s -> s.provisionalYears().stream())
                        .collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare)));
    }

    /**
     * The period of {@code periods} (the scope's, oldest first, without gaps) in which a ticket
     * in scope was raised, found by its end instant: the same as {@link ReportScope#periodOf},
     * without working out dates in the zone for each ticket.
     */
    private static Function<TicketStanding, ReportPeriod> periodOf(List<ReportPeriod> periods) {
        Instant[] ends = periods.stream().map(ReportPeriod::to).toArray(Instant[]::new);
        return s -> {
            int found = Arrays.binarySearch(ends, s.raisedAt());
            return periods.get(found >= 0 ? found + 1 : -found - 1);
        };
    }

    /** The group holding the ticket at the measuring instant (at resolution, if resolved). */
    public static GroupId groupAtEnd(SlaMeasurement measurement) {
        ImmutableList<OlaSegment> segments = measurement.segments();
        checkArgument(!segments.isEmpty(), "ticket %s has no OLA segment", measurement.ticketId());
        return segments.get(segments.size() - 1).group();
    }

    /** Whether the ticket is open: its resolution clock has not stopped for good. */
    public static boolean isOpen(SlaMeasurement measurement) {
        SlaClock resolution = measurement.resolution();
        return resolution.stoppedAt().isEmpty() && resolution.state() != ClockState.CANCELLED;
    }

    private static void checkStandings(Collection<TicketStanding> standings, Collection<SlaMeasurement> alerting) {
        Set<TicketId> measured = new HashSet<>();
        for (SlaMeasurement m : alerting) {
            checkArgument(m != null, "a measurement is null");
            checkArgument(measured.add(m.ticketId()), "ticket %s is measured twice", m.ticketId());
        }
        Set<TicketId> seen = new HashSet<>();
        for (TicketStanding s : standings) {
            checkArgument(s != null, "a standing is null");
            checkArgument(seen.add(s.ticketId()), "ticket %s is measured twice", s.ticketId());
            checkArgument(!s.mayAlert() || measured.contains(s.ticketId()),
                    "ticket %s may be breached or at risk but was not measured", s.ticketId());
        }
    }

    private static <K> ImmutableMap<K, ComplianceFigures> figuresBy(List<TicketStanding> standings,
            Function<TicketStanding, K> key, Map<K, ComplianceTally> groups) {
        standings.forEach(s -> groups.computeIfAbsent(key.apply(s), k -> new ComplianceTally()).add(s));
        ImmutableMap.Builder<K, ComplianceFigures> figures = ImmutableMap.builder();
        groups.forEach((k, tally) -> figures.put(k, tally.figures()));
        return figures.build();
    }

    private static ImmutableMap<GroupId, OlaFigures> ola(List<TicketStanding> standings) {
        Map<GroupId, OlaTally> tallies = new HashMap<>();
        for (TicketStanding s : standings) {
            List<HeldSegment> segments = s.segments();
            for (int i = 0; i < segments.size(); i++) {
                HeldSegment segment = segments.get(i);
                tallies.computeIfAbsent(segment.group(), g -> new OlaTally()).add(segment, firstOfItsGroup(segments, i));
            }
        }
        Map<GroupId, OlaFigures> figures = new TreeMap<>(BY_NAME);
        tallies.forEach((group, tally) -> figures.put(group, tally.figures(group)));
        return ImmutableMap.copyOf(figures);
    }

    /** Whether no segment before the {@code index}th was held by its group (a ticket counts once per group). */
    private static boolean firstOfItsGroup(List<HeldSegment> segments, int index) {
        for (int i = 0; i < index; i++) {
            if (segments.get(i).group().equals(segments.get(index).group())) {
                return false;
            }
        }
        return true;
    }

    /** One group's OLA figures, counted one segment at a time. */
    private static final class OlaTally {
        private int segments;
        private int tickets;
        private Duration held = Duration.ZERO;

        void add(HeldSegment segment, boolean newTicket) {
            segments++;
            tickets += newTicket ? 1 : 0;
            held = held.plus(segment.businessTime());
        }

        OlaFigures figures(GroupId group) {
            return new OlaFigures(group, segments, tickets, held);
        }
    }

    private static ImmutableList<TicketAlert> breached(Collection<SlaMeasurement> measurements) {
        return alerts(measurements, c -> c.state() == ClockState.BREACHED, m -> true);
    }

    private static ImmutableList<TicketAlert> atRisk(Collection<SlaMeasurement> measurements) {
        return alerts(measurements,
                c -> (c.state() == ClockState.RUNNING || c.state() == ClockState.PAUSED)
                        && !c.crossedWarnings().isEmpty(),
                m -> !m.response().isBreached() && !m.resolution().isBreached());
    }

    private static ImmutableList<TicketAlert> alerts(Collection<SlaMeasurement> measurements,
            Predicate<SlaClock> alarming, Predicate<SlaMeasurement> eligible) {
        return measurements.stream().filter(SlaReport::isOpen).filter(eligible)
                .flatMap(m -> mostUrgent(m, alarming).map(c -> TicketAlert.of(m, c)).stream())
                .sorted(TicketAlert.MOST_URGENT_FIRST)
                .collect(ImmutableList.toImmutableList());
    }

    private static Optional<SlaClock> mostUrgent(SlaMeasurement m, Predicate<SlaClock> alarming) {
        return Stream.of(m.response(), m.resolution()).filter(alarming).min(TicketAlert.CLOCK_URGENCY);
    }

    /** The whole report, printable: scope, overall figures, each grouping, OLA figures and watch lists. */
    public String describe() {
        StringBuilder text = new StringBuilder("SLA report: ").append(scope.describe()).append('\n');
        if (outsideScope > 0) {
            text.append(outsideScope).append(" measured tickets were raised outside the range\n");
        }
        if (provisionalTickets > 0) {
            text.append(provisionalTickets).append(" tickets are measured provisionally: the holiday arrangement of ")
                    .append(provisionalYears).append(" is not loaded\n");
        }
        text.append("overall\n").append(overall.describe("  "));
        section(text, "by service", byService);
        section(text, "by priority", byPriority);
        section(text, "by assignment group (holding the ticket at resolution or now)", byGroup);
        section(text, "by period raised", byPeriod);
        text.append("OLA by assignment group\n");
        olaByGroup.values().forEach(o -> text.append("  ").append(o.describe()).append('\n'));
        alerts(text, "breached, open", breached);
        alerts(text, "at risk", atRisk);
        return text.toString();
    }

    private static void section(StringBuilder text, String title, Map<?, ComplianceFigures> figures) {
        text.append(title).append('\n');
        figures.forEach((key, f) -> text.append("  ").append(key).append('\n').append(f.describe("    ")));
    }

    private void alerts(StringBuilder text, String title, List<TicketAlert> alerts) {
        text.append(title).append(": ").append(alerts.size()).append('\n');
        alerts.forEach(a -> text.append("  ").append(a.describe(scope.zone())).append('\n'));
    }

    /** The business time held by all groups; equals the sum of in-scope resolution clocks' elapsed time. */
    public Duration totalHeld() {
        return olaByGroup.values().stream().map(OlaFigures::heldBusinessTime).reduce(Duration.ZERO, Duration::plus);
    }
}
