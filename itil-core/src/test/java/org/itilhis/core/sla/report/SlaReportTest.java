package org.itilhis.core.sla.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.sla.report.Measurements.DESK;
import static org.itilhis.core.sla.report.Measurements.NETWORK;
import static org.itilhis.core.sla.report.Measurements.id;
import static org.itilhis.core.sla.report.Measurements.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.sla.ClockKind;
import org.itilhis.core.sla.SlaMeasurement;
import org.junit.jupiter.api.Test;

class SlaReportTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ReportScope MARCH = ReportScope.months(YearMonth.of(2026, 3), YearMonth.of(2026, 3), SHANGHAI);
    private static final Instant MARCH_2 = Instant.parse("2026-03-02T01:00:00Z");
    private static final String HIS = "HIS outpatient";
    private static final String PACS = "PACS";

    /** Six P2 tickets covering every clock state; the figures in the tests are worked out from these. */
    private static List<SlaMeasurement> sixTickets() {
        return List.of(
                ticket(1, HIS, Priority.P2, MARCH_2).responded(10).resolved(300).build(),   // met, met
                ticket(2, HIS, Priority.P2, MARCH_2).responded(45).resolved(600).build(),   // late, late
                ticket(3, PACS, Priority.P2, MARCH_2).responded(20).working(500).build(),   // met, breached open
                ticket(4, PACS, Priority.P2, MARCH_2).responded(5).onHold(100).build(),     // met, paused
                ticket(5, PACS, Priority.P2, MARCH_2).unanswered(10).working(10).build(),   // running, running
                ticket(6, PACS, Priority.P2, MARCH_2).unanswered(3).working(3).cancelled().build());
    }

    @Test
    void complianceIsMetOverMetAndBreachedLeavingOpenWithinTargetAndCancelledClocksOut() {
        SlaReport report = SlaReport.of(sixTickets(), MARCH);

        assertThat(report.overall().tickets()).isEqualTo(6);
        assertThat(report.overall().response()).isEqualTo(new ClockCompliance(3, 1, 0, 1, 0, 1));
        assertThat(report.overall().response().compliancePercent()).hasValueSatisfying(
                p -> assertThat(p).isEqualByComparingTo("75.0"));
        assertThat(report.overall().resolution()).isEqualTo(new ClockCompliance(1, 2, 1, 1, 1, 1));
        assertThat(report.overall().resolution().compliancePercent()).hasValueSatisfying(
                p -> assertThat(p).isEqualByComparingTo("33.3"));
    }

    @Test
    void timesToAcknowledgeAndResolveCountOnlyRespondedAndResolvedTickets() {
        ComplianceFigures overall = SlaReport.of(sixTickets(), MARCH).overall();

        // responded: 5, 10, 20, 45 minutes; resolved: 300, 600 minutes
        assertThat(overall.timeToAcknowledge()).contains(new BusinessTimeStatistics(4,
                Duration.ofMinutes(20), Duration.ofMinutes(10), Duration.ofMinutes(45)));
        assertThat(overall.timeToResolve()).contains(new BusinessTimeStatistics(2,
                Duration.ofMinutes(450), Duration.ofMinutes(300), Duration.ofMinutes(600)));
    }

    @Test
    void ticketsAreGroupedByServiceAndByTheirLatestPriority() {
        SlaReport report = SlaReport.of(List.of(
                ticket(1, PACS, Priority.P1, MARCH_2).responded(20).resolved(60).build(),
                ticket(2, HIS, Priority.P4, MARCH_2).responded(20).resolved(60).build(),
                ticket(3, HIS, Priority.P1, MARCH_2).responded(10).build()), MARCH);

        assertThat(report.byService().keySet()).containsExactly(HIS, PACS);
        assertThat(report.byService().get(HIS).tickets()).isEqualTo(2);
        assertThat(report.byService().get(PACS).response()).isEqualTo(new ClockCompliance(0, 1, 0, 0, 0, 0));
        assertThat(report.byPriority().keySet()).containsExactly(Priority.P1, Priority.P4);
        assertThat(report.byPriority().get(Priority.P1).response()).isEqualTo(new ClockCompliance(1, 1, 0, 0, 0, 0));
        assertThat(report.byPriority().get(Priority.P4).resolution().met()).isEqualTo(1);
    }

    @Test
    void aTicketCountsForTheGroupHoldingItAtTheEndWhileOlaFiguresSumEverySegment() {
        SlaReport report = SlaReport.of(List.of(
                ticket(1, HIS, Priority.P2, MARCH_2).responded(5).resolved(180)
                        .heldBy(DESK, 30).heldBy(NETWORK, 120).heldBy(DESK, 30).build(),
                ticket(2, HIS, Priority.P2, MARCH_2).responded(5).resolved(100)
                        .heldBy(DESK, 40).heldBy(NETWORK, 60).build()), MARCH);

        assertThat(report.byGroup().keySet()).containsExactly(DESK, NETWORK);
        assertThat(report.byGroup().get(DESK).tickets()).isEqualTo(1);
        assertThat(report.byGroup().get(NETWORK).tickets()).isEqualTo(1);
        assertThat(report.olaByGroup().get(DESK)).isEqualTo(new OlaFigures(DESK, 3, 2, Duration.ofMinutes(100)));
        assertThat(report.olaByGroup().get(NETWORK)).isEqualTo(new OlaFigures(NETWORK, 2, 2, Duration.ofMinutes(180)));
        assertThat(report.olaByGroup().get(NETWORK).meanPerSegment()).isEqualTo(Duration.ofMinutes(90));
        assertThat(report.totalHeld()).isEqualTo(Duration.ofMinutes(280));
    }

    @Test
    void aTicketBelongsToThePeriodItWasRaisedInTheReportZoneAndEmptyPeriodsAreListed() {
        ReportScope firstQuarter = ReportScope.months(YearMonth.of(2026, 1), YearMonth.of(2026, 3), SHANGHAI);
        SlaReport report = SlaReport.of(List.of(
                // 01:00 on 1 March in Shanghai, still February in UTC
                ticket(1, HIS, Priority.P2, Instant.parse("2026-02-28T17:00:00Z")).responded(5).build(),
                // 07:59 on 1 January in Shanghai
                ticket(2, HIS, Priority.P2, Instant.parse("2025-12-31T23:59:00Z")).responded(5).build(),
                // 23:59 on 31 December in Shanghai: before the range
                ticket(3, HIS, Priority.P2, Instant.parse("2025-12-31T15:59:00Z")).responded(5).build()), firstQuarter);

        assertThat(report.byPeriod().keySet()).extracting(ReportPeriod::label)
                .containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(report.byPeriod().values()).extracting(ComplianceFigures::tickets).containsExactly(1, 0, 1);
        assertThat(report.outsideScope()).isEqualTo(1);
        assertThat(report.overall().tickets()).isEqualTo(2);
    }

    @Test
    void breachedListsOpenTicketsWithABreachedClockMostOverdueFirst() {
        SlaReport report = SlaReport.of(List.of(
                ticket(1, HIS, Priority.P2, MARCH_2).responded(10).working(500).build(),
                ticket(2, HIS, Priority.P2, MARCH_2.minusSeconds(3600)).responded(45).working(10).build(),
                ticket(3, HIS, Priority.P2, MARCH_2).responded(45).resolved(600).build(),       // resolved: not open
                ticket(4, HIS, Priority.P2, MARCH_2).responded(45).working(600).cancelled().build()),
                MARCH);

        assertThat(report.breached()).extracting(TicketAlert::ticketId).containsExactly(id(2), id(1));
        assertThat(report.breached().get(0).clock().kind()).isEqualTo(ClockKind.RESPONSE);
        assertThat(report.breached().get(1).clock().kind()).isEqualTo(ClockKind.RESOLUTION);
        assertThat(report.atRisk()).isEmpty();
    }

    @Test
    void atRiskListsOpenTicketsPastAWarningOnceWithTheirMostUrgentClock() {
        SlaReport report = SlaReport.of(List.of(
                ticket(1, HIS, Priority.P2, MARCH_2).unanswered(20).working(20).build(),        // response 66%
                ticket(2, HIS, Priority.P2, MARCH_2.minusSeconds(60)).responded(5).onHold(400).build(), // 83%, paused
                ticket(3, HIS, Priority.P2, MARCH_2.minusSeconds(60)).responded(5).working(400).build(), // 83%
                ticket(4, HIS, Priority.P2, MARCH_2).responded(5).working(100).build(),          // 20%: fine
                ticket(5, HIS, Priority.P2, MARCH_2).unanswered(40).working(300).build()),       // breached instead
                MARCH);

        // ticket 1's response deadline (raised + 30m) comes before ticket 3's (raised + 8h); paused ticket 2 has none
        assertThat(report.atRisk()).extracting(TicketAlert::ticketId).containsExactly(id(1), id(3), id(2));
        assertThat(report.atRisk().get(0).clock().kind()).isEqualTo(ClockKind.RESPONSE);
        assertThat(report.breached()).extracting(TicketAlert::ticketId).containsExactly(id(5));
    }

    @Test
    void watchListsIncludeOpenTicketsRaisedBeforeTheScope() {
        SlaMeasurement old = ticket(1, HIS, Priority.P2, Instant.parse("2026-01-05T00:00:00Z"))
                .responded(5).working(900).build();

        SlaReport report = SlaReport.of(List.of(old), MARCH);

        assertThat(report.overall().tickets()).isZero();
        assertThat(report.breached()).extracting(TicketAlert::ticketId).containsExactly(id(1));
    }

    @Test
    void aTicketMeasuredTwiceIsRejected() {
        SlaMeasurement once = ticket(1, HIS, Priority.P2, MARCH_2).build();
        SlaMeasurement again = ticket(1, PACS, Priority.P2, MARCH_2).build();

        assertThatThrownBy(() -> SlaReport.of(List.of(once, again), MARCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("measured twice");
    }

    @Test
    void noMeasurementsGiveEmptyFiguresWithoutAComplianceRatio() {
        SlaReport report = SlaReport.of(List.of(), MARCH);

        assertThat(report.overall().response().compliancePercent()).isEmpty();
        assertThat(report.overall().timeToResolve()).isEmpty();
        assertThat(report.byPeriod()).hasSize(1);
        assertThat(report.byService()).isEmpty();
    }

    @Test
    void describeShowsFiguresGroupsAndWatchLists() {
        String text = SlaReport.of(sixTickets(), MARCH).describe();

        assertThat(text).contains("tickets raised 2026-03-01 00:00 .. 2026-04-01 00:00 (Asia/Shanghai), by calendar month")
                .contains("75.0% compliant (met 3, breached 1 of which open 0, running 1, paused 0, cancelled 1)")
                .contains("time to acknowledge 4 tickets, mean 20m, median 10m, p90 45m")
                .contains("  PACS\n")
                .contains("breached, open: 1\n  " + id(3));
    }
}
