package org.itilhis.adapters.rest.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.itilhis.core.access.Scope;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.workload.OperationsWork;
import org.itilhis.core.workload.TimeSplit;
import org.itilhis.core.workload.WorkCounts;
import org.itilhis.ports.reporting.in.WorkloadFigures;
import org.itilhis.ports.reporting.in.WorkloadReport;
import org.itilhis.ports.reporting.in.WorkloadRow;

/**
 * {@code GET /api/v1/reports/workload}: the workload figures of the days {@code [from, to)}
 * that the reader may see ({@code scope}): per engineer, per group, per department of the
 * engineers and of the callers, their {@code total}, the total per month ({@code trend}) and
 * the rules the worked time was split by. The engineers' rows add up to the total, and so do
 * the groups', the departments' and the months'.
 *
 * @param asOf the position in the event log the figures are current to
 */
public record WorkloadReportJson(LocalDate from, LocalDate to, Scope scope, long asOf, WorkloadFiguresJson total,
                                 List<WorkloadRowJson> engineers, List<WorkloadRowJson> groups,
                                 List<WorkloadRowJson> engineerDepartments, List<WorkloadRowJson> callerDepartments,
                                 List<WorkloadMonthJson> trend, SplitRulesJson splitRules) {

    /** The report, with the split rules explained in {@code locale}'s language. */
    public static WorkloadReportJson of(WorkloadReport report, Locale locale) {
        return new WorkloadReportJson(report.period().from(), report.period().to(), report.scope(), report.asOf(),
                WorkloadFiguresJson.of(report.total()), rows(report.engineers()), rows(report.groups()),
                rows(report.engineerDepartments()), rows(report.callerDepartments()),
                report.trend().stream().map(m -> new WorkloadMonthJson(m.month().toString(),
                        WorkloadFiguresJson.of(m.figures()))).toList(),
                SplitRulesJson.of(report.splitRules(), locale));
    }

    private static List<WorkloadRowJson> rows(List<WorkloadRow> rows) {
        return rows.stream().map(r -> new WorkloadRowJson(r.key(), WorkloadFiguresJson.of(r.figures()))).toList();
    }

    /**
     * One row: whose figures ({@code key}: a staff id, group id or department id; empty for work
     * in no group or department) and the figures.
     */
    public record WorkloadRowJson(String key, WorkloadFiguresJson figures) {
    }

    /** The total of one month ({@code 2026-11}) of the period. */
    public record WorkloadMonthJson(String month, WorkloadFiguresJson figures) {
    }

    /**
     * The figures of one row. Volume: tickets worked (accepted + resolved + escalated +
     * reassigned away), contacts logged and solved at first contact. Time, in minutes: worked
     * (the work log entries' minutes), split into normal, overtime and holiday minutes that add
     * up to it, and the rostered duty minutes. Quality: reopened, ping-pong tickets, SLA met and
     * breached, ratings; the rates in percent to one decimal (absent when there is nothing to
     * divide by) and the mean satisfaction score to two. Operations (issue 18): inspection rounds
     * recorded and of them late, rounds missed (in the engineers' view on the row of no one, key
     * empty), the rounds' completion rate (recorded per recorded or missed), repairs opened and
     * closed, backup runs recorded by a person, restore tests and stock issues.
     */
    public record WorkloadFiguresJson(long ticketsWorked, long accepted, long resolved, long escalated,
                                      long reassignedAway, long contactsLogged, long solvedAtFirstContact,
                                      BigDecimal firstContactResolutionPercent, long workLogEntries,
                                      long minutesWorked, long normalMinutes, long overtimeMinutes,
                                      long holidayMinutes, long dutyMinutes, long reopened,
                                      BigDecimal reopenPercent, long pingPong, long slaMet, long slaBreached,
                                      BigDecimal slaCompliancePercent, long ratings, BigDecimal meanSatisfaction,
                                      long roundsRecorded, long roundsLate, long roundsMissed,
                                      BigDecimal roundCompletionPercent, long repairsOpened, long repairsClosed,
                                      long backupRunsRecorded, long restoreTests, long stockIssues) {

        static WorkloadFiguresJson of(WorkloadFigures figures) {
            WorkCounts c = figures.counts();
            OperationsWork o = c.operations();
            long[] split = minutes(figures.split(), c.minutesWorked());
            return new WorkloadFiguresJson(c.ticketsWorked(), c.accepted(), c.resolved(), c.escalated(),
                    c.reassignedAway(), c.contactsLogged(), c.solvedAtFirstContact(),
                    percent(c.firstContactResolutionRate()), c.workLogEntries(), c.minutesWorked(), split[0], split[1],
                    split[2], figures.dutyTime().toMinutes(), c.reopened(), percent(c.reopenRate()), c.pingPong(),
                    c.slaMet(), c.slaBreached(), percent(c.slaCompliance()), c.ratings(),
                    decimal(c.meanSatisfaction(), 2), o.roundsRecorded(), o.roundsLate(), o.roundsMissed(),
                    percent(o.roundCompletionRate()), o.repairsOpened(), o.repairsClosed(), o.backupRunsRecorded(),
                    o.restoreTests(), o.stockIssues());
        }

        /**
         * Normal, overtime and holiday time in whole minutes that add up to {@code total}: each
         * part rounded down, the minutes left over given to the parts with the largest remainders
         * (only a log entry made at a time with seconds leaves any).
         */
        static long[] minutes(TimeSplit split, long total) {
            Duration[] parts = {split.normal(), split.overtime(), split.holiday()};
            long[] minutes = new long[parts.length];
            long left = total;
            for (int i = 0; i < parts.length; i++) {
                minutes[i] = parts[i].toMinutes();
                left -= minutes[i];
            }
            while (left > 0) {
                int largest = 0;
                for (int i = 1; i < parts.length; i++) {
                    if (remainder(parts[i], minutes[i]).compareTo(remainder(parts[largest], minutes[largest])) > 0) {
                        largest = i;
                    }
                }
                minutes[largest]++;
                left--;
            }
            return minutes;
        }

        private static Duration remainder(Duration part, long minutes) {
            return part.minusMinutes(minutes);
        }

        private static BigDecimal percent(OptionalDouble rate) {
            return rate.isPresent() ? BigDecimal.valueOf(rate.getAsDouble() * 100).setScale(1, RoundingMode.HALF_UP)
                    : null;
        }

        private static BigDecimal decimal(OptionalDouble value, int scale) {
            return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).setScale(scale, RoundingMode.HALF_UP)
                    : null;
        }
    }

    /**
     * How worked time was split: the holiday calendar and its zone, the kinds of duty whose time
     * is normal, and the rules in words in the reader's language.
     */
    public record SplitRulesJson(String calendar, String zone, List<ShiftKind> normalShifts, String explanation) {
        static SplitRulesJson of(WorkloadReport.SplitRulesView rules, Locale locale) {
            return new SplitRulesJson(rules.calendar(), rules.zone().getId(), rules.normalShifts().asList(),
                    locale.getLanguage().equals("zh") ? rules.explanationZh() : rules.explanationEn());
        }
    }
}
