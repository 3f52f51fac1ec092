package org.itilhis.core.sla.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
        Tallies tallies = new Tallies(scope);
        standings.forEach(tallies::add);
        return new SlaReport(scope, tallies.outsideScope, tallies.overall.figures(),
                figures(tallies.byService, Comparator.naturalOrder()),
                figures(tallies.byPriority, Comparator.naturalOrder()),
                figures(tallies.byGroup, BY_NAME),
                tallies.byPeriod(), tallies.ola(), atRisk(alerting), breached(alerting),
                tallies.provisionalTickets, ImmutableSortedSet.copyOf(tallies.provisionalYears));
    }

    /**
     * Every figure of a report, counted in one pass over the standings: each ticket in scope is
     * added to the overall tally and to the tally of its group in each grouping (at 100,000
     * tickets a pass per grouping, and sorted maps looked up per ticket, cost more than the
     * counting).
     */
    private static final class Tallies {
        private final ReportScope scope;
        private final ImmutableList<ReportPeriod> periods;
        private final Instant[] periodEnds;
        private final ComplianceTally[] byPeriod;
        private final ComplianceTally overall = new ComplianceTally();
        private final Map<String, ComplianceTally> byService = new HashMap<>();
        private final Map<Priority, ComplianceTally> byPriority = new EnumMap<>(Priority.class);
        private final Map<GroupId, ComplianceTally> byGroup = new HashMap<>();
        private final Map<GroupId, OlaTally> ola = new HashMap<>();
        private final Set<Integer> provisionalYears = new HashSet<>();
        private int outsideScope;
        private int provisionalTickets;

        Tallies(ReportScope scope) {
            this.scope = scope;
            this.periods = scope.periods();
            this.periodEnds = periods.stream().map(ReportPeriod::to).toArray(Instant[]::new);
            this.byPeriod = new ComplianceTally[periods.size()];
            Arrays.setAll(byPeriod, i -> new ComplianceTally());
        }

        void add(TicketStanding s) {
            if (!scope.contains(s.raisedAt())) {
                outsideScope++;
                return;
            }
            overall.add(s);
            byService.computeIfAbsent(s.service(), k -> new ComplianceTally()).add(s);
            byPriority.computeIfAbsent(s.priority(), k -> new ComplianceTally()).add(s);
            byGroup.computeIfAbsent(s.groupAtEnd(), k -> new ComplianceTally()).add(s);
            byPeriod[periodIndex(s.raisedAt())].add(s);
            List<HeldSegment> segments = s.segments();
            for (int i = 0; i < segments.size(); i++) {
                HeldSegment segment = segments.get(i);
                ola.computeIfAbsent(segment.group(), g -> new OlaTally()).add(segment, firstOfItsGroup(segments, i));
            }
            if (s.isProvisional()) {
                provisionalTickets++;
                provisionalYears.addAll(s.provisionalYears());
            }
        }

        /**
         * The index of the period (the scope's, oldest first, without gaps) in which a ticket in
         * scope was raised, found by the periods' end instants: the same as {@link
         * ReportScope#periodOf}, without working out dates in the zone for each ticket.
         */
        private int periodIndex(Instant raisedAt) {
            int found = Arrays.binarySearch(periodEnds, raisedAt);
            return found >= 0 ? found + 1 : -found - 1;
        }

        ImmutableMap<ReportPeriod, ComplianceFigures> byPeriod() {
            ImmutableMap.Builder<ReportPeriod, ComplianceFigures> figures = ImmutableMap.builder();
            for (int i = 0; i < periods.size(); i++) {
                figures.put(periods.get(i), byPeriod[i].figures());
            }
            return figures.build();
        }

        ImmutableMap<GroupId, OlaFigures> ola() {
            Map<GroupId, OlaFigures> figures = new TreeMap<>(BY_NAME);
            ola.forEach((group, tally) -> figures.put(group, tally.figures(group)));
            return ImmutableMap.copyOf(figures);
        }
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
        Set<TicketId> measured = Sets.newHashSetWithExpectedSize(alerting.size());
        for (SlaMeasurement m : alerting) {
            checkArgument(m != null, "a measurement is null");
            checkArgument(measured.add(m.ticketId()), "ticket %s is measured twice", m.ticketId());
        }
        Set<TicketId> seen = Sets.newHashSetWithExpectedSize(standings.size());
        for (TicketStanding s : standings) {
            checkArgument(s != null, "a standing is null");
            checkArgument(seen.add(s.ticketId()), "ticket %s is measured twice", s.ticketId());
            checkArgument(!s.mayAlert() || measured.contains(s.ticketId()),
                    "ticket %s may be breached or at risk but was not measured", s.ticketId());
        }
    }

    /** The figures of each group's tally, in {@code order} of the keys. */
    private static <K> ImmutableMap<K, ComplianceFigures> figures(Map<K, ComplianceTally> tallies,
                                                                Comparator<? super K> order) {
        Map<K, ComplianceFigures> sorted = new TreeMap<>(order);
        tallies.forEach((key, tally) -> sorted.put(key, tally.figures()));
        return ImmutableMap.copyOf(sorted);
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
        private long seconds;
        private long nanos;

        void add(HeldSegment segment, boolean newTicket) {
            segments++;
            tickets += newTicket ? 1 : 0;
            seconds += segment.businessTime().getSeconds();
            nanos += segment.businessTime().getNano();
        }

        OlaFigures figures(GroupId group) {
            return new OlaFigures(group, segments, tickets, Duration.ofSeconds(seconds, nanos));
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
