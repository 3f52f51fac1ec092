package org.itilhis.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.sla.TicketHistories.Scenario;
import org.itilhis.core.sla.report.ClockCompliance;
import org.itilhis.core.sla.report.ComplianceFigures;
import org.itilhis.core.sla.report.PeriodUnit;
import org.itilhis.core.sla.report.ReportScope;
import org.itilhis.core.sla.report.SlaReport;
import org.itilhis.core.sla.report.TicketAlert;
import org.itilhis.core.ticket.TicketId;

/**
 * Properties of {@link SlaReport} over sets of real measurements: random ticket histories
 * from {@link TicketHistories} measured by {@link SlaClocks}. It lives in the SLA package,
 * not next to the report, to reuse that package's history generator.
 */
class SlaReportProperties {
    private static final CalendarPolicy CALENDARS = CalendarPolicy.hospitalDefault();
    private static final Instant FROM = Instant.parse("2025-12-01T00:00:00Z");

    private static Arbitrary<List<SlaMeasurement>> measurements() {
        Arbitrary<SlaMeasurement> one = Combinators.combine(TicketHistories.scenarios(),
                Arbitraries.of(SlaFixture.HIS_OUTPATIENT, SlaFixture.DESKTOP)).as(SlaReportProperties::measure);
        return one.list().ofMaxSize(10).withSizeDistribution(RandomDistribution.uniform()).map(SlaReportProperties::numbered);
    }

    /**
     * Measurements with a scope: half of the scopes span every generated ticket; the others
     * start up to ten days before one of the tickets was raised and last up to sixty days, so
     * they cut into the set and leave some tickets outside.
     */
    @Provide
    Arbitrary<Tuple2<List<SlaMeasurement>, ReportScope>> reports() {
        return measurements().flatMap(measurements -> scopes(measurements).map(scope -> Tuple.of(measurements, scope)));
    }

    private static Arbitrary<ReportScope> scopes(List<SlaMeasurement> measurements) {
        Arbitrary<PeriodUnit> units = Arbitraries.of(PeriodUnit.class);
        Arbitrary<ZoneId> zones = Arbitraries.of("Asia/Shanghai", "UTC", "Europe/Berlin", "America/New_York")
                .map(ZoneId::of);
        Arbitrary<ReportScope> wide = Combinators.combine(units, zones)
                .as((unit, zone) -> ReportScope.of(FROM, FROM.plus(Duration.ofDays(400)), unit, zone));
        if (measurements.isEmpty()) {
            return wide;
        }
        Arbitrary<Instant> from = Combinators.combine(Arbitraries.of(measurements),
                Arbitraries.longs().between(0, Duration.ofDays(10).getSeconds()))
                .as((m, before) -> m.response().startedAt().minusSeconds(before));
        Arbitrary<Duration> length = Arbitraries.longs().between(3_600, Duration.ofDays(60).getSeconds())
                .withDistribution(RandomDistribution.uniform()).map(Duration::ofSeconds);
        Arbitrary<ReportScope> cutting = Combinators.combine(from, length, units, zones)
                .as((f, l, unit, zone) -> ReportScope.of(f, f.plus(l), unit, zone));
        return Arbitraries.frequencyOf(Tuple.of(1, wide), Tuple.of(1, cutting));
    }

    private static SlaMeasurement measure(Scenario scenario, ServiceCatalogueEntry service) {
        return SlaClocks.measure(scenario.history(), service, CALENDARS, scenario.now());
    }

    /** The generator raises every ticket with one id; a report needs distinct tickets. */
    private static List<SlaMeasurement> numbered(List<SlaMeasurement> measurements) {
        List<SlaMeasurement> numbered = new ArrayList<>();
        for (SlaMeasurement m : measurements) {
            numbered.add(new SlaMeasurement(new TicketId(new UUID(7, numbered.size())), m.service(), m.calendar(),
                    m.response(), m.resolution(), m.keepInLoop(), m.segments()));
        }
        return numbered;
    }

    @Property(tries = 1000)
    void everyGroupingAddsUpToTheOverallFigures(@ForAll("reports") Tuple2<List<SlaMeasurement>, ReportScope> input) {
        List<SlaMeasurement> measurements = input.get1();
        ReportScope scope = input.get2();
        SlaReport report = SlaReport.of(measurements, scope);

        assertThat(report.overall().tickets() + report.outsideScope()).isEqualTo(measurements.size());
        for (Collection<ComplianceFigures> grouping : List.of(report.byService().values(),
                report.byPriority().values(), report.byGroup().values(), report.byPeriod().values())) {
            assertThat(grouping.stream().mapToInt(ComplianceFigures::tickets).sum())
                    .isEqualTo(report.overall().tickets());
            assertThat(grouping.stream().map(ComplianceFigures::response).reduce(ClockCompliance.NONE,
                    ClockCompliance::plus)).isEqualTo(report.overall().response());
            assertThat(grouping.stream().map(ComplianceFigures::resolution).reduce(ClockCompliance.NONE,
                    ClockCompliance::plus)).isEqualTo(report.overall().resolution());
        }
        Duration elapsedInScope = measurements.stream().filter(m -> scope.contains(m.response().startedAt()))
                .map(m -> m.resolution().elapsed()).reduce(Duration.ZERO, Duration::plus);
        assertThat(report.totalHeld()).isEqualTo(elapsedInScope);
        Statistics.label("tickets in scope").collect(report.overall().tickets() == 0 ? "none"
                : report.outsideScope() == 0 ? "all" : "some");
    }

    @Property(tries = 1000)
    void complianceIsAPercentage(@ForAll("reports") Tuple2<List<SlaMeasurement>, ReportScope> input) {
        List<SlaMeasurement> measurements = input.get1();
        ReportScope scope = input.get2();
        SlaReport report = SlaReport.of(measurements, scope);

        Stream.of(Stream.of(report.overall()), report.byService().values().stream(),
                        report.byPriority().values().stream(), report.byGroup().values().stream(),
                        report.byPeriod().values().stream())
                .flatMap(s -> s)
                .flatMap(f -> Stream.of(f.response(), f.resolution()))
                .flatMap(c -> c.compliancePercent().stream())
                .forEach(p -> assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
    }

    @Property(tries = 1000)
    void everyBreachedOrAtRiskOpenTicketIsListedExactlyOnce(
            @ForAll("reports") Tuple2<List<SlaMeasurement>, ReportScope> input) {
        List<SlaMeasurement> measurements = input.get1();
        ReportScope scope = input.get2();
        SlaReport report = SlaReport.of(measurements, scope);

        List<TicketId> breached = measurements.stream().filter(m -> open(m) && anyBreached(m))
                .map(SlaMeasurement::ticketId).toList();
        List<TicketId> atRisk = measurements.stream().filter(m -> open(m) && !anyBreached(m) && anyWarned(m))
                .map(SlaMeasurement::ticketId).toList();
        assertThat(report.breached()).extracting(TicketAlert::ticketId).containsExactlyInAnyOrderElementsOf(breached);
        assertThat(report.atRisk()).extracting(TicketAlert::ticketId).containsExactlyInAnyOrderElementsOf(atRisk);
        assertThat(report.breached()).isSortedAccordingTo(TicketAlert.MOST_URGENT_FIRST)
                .allSatisfy(a -> assertThat(a.clock().state()).isEqualTo(ClockState.BREACHED));
        assertThat(report.atRisk()).isSortedAccordingTo(TicketAlert.MOST_URGENT_FIRST)
                .allSatisfy(a -> assertThat(a.clock().crossedWarnings()).isNotEmpty());
        Statistics.label("listed").collect(breached.isEmpty() ? "none breached" : "some breached",
                atRisk.isEmpty() ? "none at risk" : "some at risk");
    }

    private static boolean open(SlaMeasurement m) {
        return m.resolution().stoppedAt().isEmpty() && m.resolution().state() != ClockState.CANCELLED;
    }

    private static boolean anyBreached(SlaMeasurement m) {
        return m.response().state() == ClockState.BREACHED || m.resolution().state() == ClockState.BREACHED;
    }

    private static boolean anyWarned(SlaMeasurement m) {
        return Stream.of(m.response(), m.resolution()).anyMatch(c ->
                (c.state() == ClockState.RUNNING || c.state() == ClockState.PAUSED) && !c.crossedWarnings().isEmpty());
    }
}
