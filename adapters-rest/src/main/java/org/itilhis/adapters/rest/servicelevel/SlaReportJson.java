package org.itilhis.adapters.rest.servicelevel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.itilhis.core.sla.report.BusinessTimeStatistics;
import org.itilhis.core.sla.report.ClockCompliance;
import org.itilhis.core.sla.report.ComplianceFigures;
import org.itilhis.core.sla.report.OlaFigures;
import org.itilhis.core.sla.report.PeriodUnit;
import org.itilhis.core.sla.report.SlaReport;
import org.itilhis.core.sla.report.TicketAlert;

/**
 * {@code GET /api/v1/sla/report}: SLA compliance of the tickets raised in {@code [from, to)},
 * overall and per service, priority, assignment group (the one holding the ticket at the end)
 * and period; times to acknowledge and to resolve in business time; OLA figures per group; and
 * the open tickets breached or at risk now, whenever they were raised. Every ticket is measured
 * when the report is asked for.
 *
 * @param outsideScope       how many measured tickets were raised outside the range (they appear only in the watch lists)
 * @param provisionalTickets how many tickets in the range are measured over a year whose official
 *                           holiday arrangement is not loaded: their figures may change once it is
 * @param provisionalYears   those years
 */
public record SlaReportJson(Instant from, Instant to, PeriodUnit unit, String zone, int outsideScope,
                           ComplianceJson overall, List<FiguresJson> byService, List<FiguresJson> byPriority,
                           List<FiguresJson> byGroup, List<PeriodFiguresJson> byPeriod, List<OlaJson> olaByGroup,
                           List<AlertJson> breached, List<AlertJson> atRisk, int provisionalTickets,
                           List<Integer> provisionalYears) {

    public static SlaReportJson of(SlaReport r) {
        List<FiguresJson> services = new ArrayList<>();
        r.byService().forEach((service, f) -> services.add(new FiguresJson(service, ComplianceJson.of(f))));
        List<FiguresJson> priorities = new ArrayList<>();
        r.byPriority().forEach((priority, f) -> priorities.add(new FiguresJson(priority.name(), ComplianceJson.of(f))));
        List<FiguresJson> groups = new ArrayList<>();
        r.byGroup().forEach((group, f) -> groups.add(new FiguresJson(group.value(), ComplianceJson.of(f))));
        List<PeriodFiguresJson> periods = new ArrayList<>();
        r.byPeriod().forEach((p, f) -> periods.add(new PeriodFiguresJson(p.label(), p.from(), p.to(),
                ComplianceJson.of(f))));
        return new SlaReportJson(r.scope().from(), r.scope().to(), r.scope().unit(), r.scope().zone().getId(),
                r.outsideScope(), ComplianceJson.of(r.overall()), services, priorities, groups, periods,
                r.olaByGroup().values().stream().map(OlaJson::of).toList(),
                r.breached().stream().map(AlertJson::of).toList(), r.atRisk().stream().map(AlertJson::of).toList(),
                r.provisionalTickets(), r.provisionalYears().asList());
    }

    /** The figures of one service, priority or group, named by {@code key}. */
    public record FiguresJson(String key, ComplianceJson figures) {
    }

    /** The figures of the tickets raised in one period, {@code [from, to)}. */
    public record PeriodFiguresJson(String label, Instant from, Instant to, ComplianceJson figures) {
    }

    /**
     * The figures of a set of tickets. The times are absent when no ticket qualifies: only
     * responded tickets have a time to acknowledge, only resolved or closed ones a time to resolve.
     */
    public record ComplianceJson(int tickets, ClockComplianceJson response, ClockComplianceJson resolution,
                                 TimeStatisticsJson timeToAcknowledge, TimeStatisticsJson timeToResolve) {

        static ComplianceJson of(ComplianceFigures f) {
            return new ComplianceJson(f.tickets(), ClockComplianceJson.of(f.response()),
                    ClockComplianceJson.of(f.resolution()), f.timeToAcknowledge().map(TimeStatisticsJson::of).orElse(null),
                    f.timeToResolve().map(TimeStatisticsJson::of).orElse(null));
        }
    }

    /**
     * How the clocks of one kind stand: {@code compliancePercent} is met / (met + breached) in
     * percent to one decimal, absent while none was decided; running and paused clocks within
     * target are left out of it, cancelled ones count neither way.
     *
     * @param breachedOpen how many of the breached are still open
     */
    public record ClockComplianceJson(int met, int breached, int breachedOpen, int running, int paused, int cancelled,
                                      BigDecimal compliancePercent) {

        static ClockComplianceJson of(ClockCompliance c) {
            return new ClockComplianceJson(c.met(), c.breached(), c.breachedOpen(), c.running(), c.paused(),
                    c.cancelled(), c.compliancePercent().orElse(null));
        }
    }

    /**
     * Mean, median and 90th percentile (nearest rank) of business-time durations, ISO-8601 and
     * in whole seconds (truncated); the mean may carry a fraction of a second.
     */
    public record TimeStatisticsJson(int count, String mean, long meanSeconds, String median, long medianSeconds,
                                     String p90, long p90Seconds) {

        static TimeStatisticsJson of(BusinessTimeStatistics s) {
            return new TimeStatisticsJson(s.count(), s.mean().toString(), s.mean().getSeconds(), s.median().toString(),
                    s.median().getSeconds(), s.p90().toString(), s.p90().getSeconds());
        }
    }

    /** What one assignment group held, summed over its OLA segments. */
    public record OlaJson(String group, int segments, int tickets, String heldBusinessTime,
                          long heldBusinessTimeSeconds) {

        static OlaJson of(OlaFigures o) {
            Duration held = o.heldBusinessTime();
            return new OlaJson(o.group().value(), o.segments(), o.tickets(), held.toString(), held.getSeconds());
        }
    }

    /** An open ticket to look at now, with the one clock that puts it on the list. */
    public record AlertJson(UUID ticketId, String service, AtRiskJson.ClockSummaryJson clock) {

        static AlertJson of(TicketAlert a) {
            return new AlertJson(a.ticketId().value(), a.service(), AtRiskJson.ClockSummaryJson.of(a.clock()));
        }
    }
}
