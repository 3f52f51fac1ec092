package org.itilhis.ports.reporting.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.YearMonth;
import java.time.ZoneId;
import org.itilhis.core.access.Scope;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.workload.ReportPeriod;

/**
 * The workload report of a period, of the work its reader may see ({@code scope}): the figures
 * per engineer, per group, per department of the engineers and per department of the callers,
 * their total, the per-month trend of the total, and the rules the worked time was split by.
 *
 * <p>Every event is counted once, for one engineer in one group (the ticket's owning group when
 * it happened), so the engineers' rows add up to {@code total}, and so do the groups', the
 * engineers' departments' and the callers' departments' (but for duty time, which no caller
 * department has), and the months'. An engineer in two groups has one row with the work of
 * both; the work appears in each group's row as it was done there.
 *
 * @param scope       the actor's scope the report was made in: ANY, GROUP (the actor's
 *                    groups) or OWN (the actor's own figures)
 * @param asOf        the event log position the figures are current to
 * @param engineers   by staff id
 * @param groups      by group id
 * @param engineerDepartments by department id (the directory's department of the engineer when
 *                    their work was projected)
 * @param callerDepartments   by department id of the ticket's or contact's caller
 * @param trend       the total per month of the period, in order (a partial month for a period
 *                    that starts or ends inside one)
 */
public record WorkloadReport(ReportPeriod period, Scope scope, long asOf, WorkloadFigures total,
                             ImmutableList<WorkloadRow> engineers, ImmutableList<WorkloadRow> groups,
                             ImmutableList<WorkloadRow> engineerDepartments,
                             ImmutableList<WorkloadRow> callerDepartments, ImmutableList<MonthRow> trend,
                             SplitRulesView splitRules) {
    public WorkloadReport {
        checkNotNull(period, "period");
        checkNotNull(scope, "scope");
        checkArgument(asOf >= 0, "negative position");
        checkNotNull(total, "total");
        engineers = ImmutableList.copyOf(engineers);
        groups = ImmutableList.copyOf(groups);
        engineerDepartments = ImmutableList.copyOf(engineerDepartments);
        callerDepartments = ImmutableList.copyOf(callerDepartments);
        trend = ImmutableList.copyOf(trend);
        checkNotNull(splitRules, "splitRules");
    }

    /** The total of one month of the period. */
    public record MonthRow(YearMonth month, WorkloadFigures figures) {
        public MonthRow {
            checkNotNull(month, "month");
            checkNotNull(figures, "figures");
        }
    }

    /**
     * The split rules ({@link org.itilhis.core.workload.SplitRules}) as the report shows them:
     * the holiday calendar and its zone, the kinds of duty whose time is normal, and the rules
     * in words in English and in Simplified Chinese.
     */
    public record SplitRulesView(String calendar, ZoneId zone, ImmutableSet<ShiftKind> normalShifts,
                                 String explanationEn, String explanationZh) {
        public SplitRulesView {
            checkNotNull(calendar, "calendar");
            checkNotNull(zone, "zone");
            normalShifts = ImmutableSet.copyOf(normalShifts);
            checkNotNull(explanationEn, "explanationEn");
            checkNotNull(explanationZh, "explanationZh");
        }
    }
}
