package org.itilhis.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.core.sla.SlaTickets.ENGINEER;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.itilhis.core.sla.report.BusinessTimeStatistics;
import org.itilhis.core.sla.report.ClockCompliance;
import org.itilhis.core.sla.report.OlaFigures;
import org.itilhis.core.sla.report.ReportScope;
import org.itilhis.core.sla.report.SlaReport;
import org.itilhis.core.sla.report.TicketAlert;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.junit.jupiter.api.Test;

/**
 * The report on tickets measured by {@link SlaClocks} from real histories, on the round-the-clock
 * HIS service, so every figure is plain wall-clock arithmetic. Here rather than next to the
 * report, to reuse this package's ticket fixtures.
 */
class SlaReportOfMeasuredTicketsTest {
    private static final Instant RAISED = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant NOW = RAISED.plus(Duration.ofHours(7));
    private static final ReportScope MARCH =
            ReportScope.months(YearMonth.of(2026, 3), YearMonth.of(2026, 3), ZoneId.of("Asia/Shanghai"));

    @Test
    void aResolvedTicketCountsForTheGroupThatResolvedItAndAnOpenOneNearItsTargetIsAtRisk() {
        Ticket resolved = SlaTickets.incident(SlaTickets.P2, RAISED);
        resolved.accept(ENGINEER, RAISED.plus(Duration.ofMinutes(10)));
        resolved.start(ENGINEER, RAISED.plus(Duration.ofMinutes(15)));
        resolved.escalate(SlaTickets.HIS_SUPPORT, "HIS application fault", ENGINEER, RAISED.plus(Duration.ofHours(1)));
        resolved.accept(ENGINEER, RAISED.plus(Duration.ofMinutes(80)));
        resolved.start(ENGINEER, RAISED.plus(Duration.ofMinutes(90)));
        resolved.resolve(ResolutionCode.FIXED, "restarted the HIS print service", ENGINEER,
                RAISED.plus(Duration.ofHours(3)));
        Ticket open = SlaTickets.incident(SlaTickets.P2, RAISED);
        open.accept(ENGINEER, RAISED.plus(Duration.ofMinutes(20)));

        SlaReport report = SlaReport.of(List.of(measure(resolved, 1), measure(open, 2)), MARCH);

        assertThat(report.overall().response()).isEqualTo(new ClockCompliance(2, 0, 0, 0, 0, 0));
        assertThat(report.overall().resolution()).isEqualTo(new ClockCompliance(1, 0, 0, 1, 0, 0));
        assertThat(report.overall().timeToAcknowledge()).contains(new BusinessTimeStatistics(2,
                Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofMinutes(20)));
        assertThat(report.overall().timeToResolve()).contains(new BusinessTimeStatistics(1,
                Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(3)));
        assertThat(report.byGroup().get(SlaTickets.HIS_SUPPORT).tickets()).isEqualTo(1);
        assertThat(report.byGroup().get(SlaTickets.DESKTOP).tickets()).isEqualTo(1);
        assertThat(report.olaByGroup().get(SlaTickets.DESKTOP))
                .isEqualTo(new OlaFigures(SlaTickets.DESKTOP, 2, 2, Duration.ofHours(8)));
        assertThat(report.olaByGroup().get(SlaTickets.HIS_SUPPORT))
                .isEqualTo(new OlaFigures(SlaTickets.HIS_SUPPORT, 1, 1, Duration.ofHours(2)));
        // 7h of the 8h P2 resolution target: 87%, past the 75% warning
        assertThat(report.atRisk()).extracting(TicketAlert::ticketId).containsExactly(id(2));
        assertThat(report.atRisk().get(0).clock().percent()).isEqualTo(87);
        assertThat(report.breached()).isEmpty();
    }

    private static SlaMeasurement measure(Ticket ticket, int number) {
        SlaMeasurement m = SlaClocks.measure(SlaTickets.history(ticket), SlaFixture.HIS_OUTPATIENT,
                CalendarPolicy.hospitalDefault(), NOW);
        return new SlaMeasurement(id(number), m.service(), m.calendar(), m.response(), m.resolution(), m.keepInLoop(), m.segments());
    }

    private static TicketId id(int number) {
        return new TicketId(new UUID(3, number));
    }
}
