package org.itilhis.ports.reporting.service;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.itilhis.core.access.Scope;
import org.itilhis.core.roster.Duty;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.workload.ReportPeriod;
import org.itilhis.core.workload.TimeSplit;
import org.itilhis.core.workload.WorkCounts;
import org.itilhis.ports.reporting.in.WorkloadFigures;
import org.itilhis.ports.reporting.in.WorkloadReport;
import org.itilhis.ports.reporting.in.WorkloadReport.MonthRow;
import org.itilhis.ports.reporting.in.WorkloadReport.SplitRulesView;
import org.itilhis.ports.reporting.in.WorkloadRow;
import org.itilhis.ports.reporting.out.FactSlice;
import org.itilhis.ports.reporting.out.WorkloadFacts.Dimension;

/** The report's rows being added up: counters, split time and duty time per key of every view. */
final class Tally {
    private final ReportPeriod period;
    private final ZoneId zone;
    private final Map<Dimension, Map<String, Row>> rows = new EnumMap<>(Dimension.class);
    private final Row total = new Row();

    Tally(ReportPeriod period, ZoneId zone) {
        this.period = period;
        this.zone = zone;
        for (Dimension d : Dimension.values()) {
            rows.put(d, new TreeMap<>());
        }
        period.months().forEach(m -> row(Dimension.MONTH, m.atDay(1).toString()));
    }

    /**
     * A sum of the store: the engineers' sums make the total (every fact has one engineer; the
     * system's facts, the rounds it flagged missed, are shown as no one's: {@link WorkloadRow#NONE}).
     */
    void counts(Dimension by, String storedKey, WorkCounts counts) {
        String key = by == Dimension.ENGINEER && storedKey.equals(Actor.SYSTEM_ID.value()) ? WorkloadRow.NONE
                : storedKey;
        row(by, key).counts = row(by, key).counts.plus(counts);
        if (by == Dimension.ENGINEER) {
            total.counts = total.counts.plus(counts);
        }
    }

    /** The split of one worked interval of {@code slice}. */
    void split(FactSlice slice, TimeSplit split) {
        for (Row row : List.of(row(Dimension.ENGINEER, slice.engineer().value()), row(Dimension.GROUP, slice.group()),
                row(Dimension.ENGINEER_DEPARTMENT, slice.engineerDepartment()),
                row(Dimension.CALLER_DEPARTMENT, slice.callerDepartment()),
                row(Dimension.MONTH, YearMonth.from(slice.day()).atDay(1).toString()), total)) {
            row.split = row.split.plus(split);
        }
    }

    /** The part of {@code duty} within {@code [start, end)}, for its engineer, group, department and months. */
    void duty(Duty duty, String department, Instant start, Instant end) {
        Duration inPeriod = clipped(duty, start, end);
        for (Row row : List.of(row(Dimension.ENGINEER, duty.engineer().value()),
                row(Dimension.GROUP, duty.group().value()), row(Dimension.ENGINEER_DEPARTMENT, department), total)) {
            row.duty = row.duty.plus(inPeriod);
        }
        for (YearMonth month : period.months()) {
            LocalDate first = max(month.atDay(1), period.from());
            LocalDate next = min(month.plusMonths(1).atDay(1), period.to());
            Duration inMonth = clipped(duty, first.atStartOfDay(zone).toInstant(), next.atStartOfDay(zone).toInstant());
            if (!inMonth.isZero()) {
                Row row = row(Dimension.MONTH, month.atDay(1).toString());
                row.duty = row.duty.plus(inMonth);
            }
        }
    }

    WorkloadReport report(ReportPeriod period, Scope scope, long asOf, SplitRulesView rules) {
        List<MonthRow> trend = rows.get(Dimension.MONTH).entrySet().stream()
                .map(e -> new MonthRow(YearMonth.from(LocalDate.parse(e.getKey())), e.getValue().figures())).toList();
        return new WorkloadReport(period, scope, asOf, total.figures(), rowsOf(Dimension.ENGINEER),
                rowsOf(Dimension.GROUP), rowsOf(Dimension.ENGINEER_DEPARTMENT), rowsOf(Dimension.CALLER_DEPARTMENT),
                ImmutableList.copyOf(trend), rules);
    }

    private ImmutableList<WorkloadRow> rowsOf(Dimension by) {
        return rows.get(by).entrySet().stream().map(e -> new WorkloadRow(e.getKey(), e.getValue().figures()))
                .collect(ImmutableList.toImmutableList());
    }

    private Row row(Dimension by, String key) {
        return rows.get(by).computeIfAbsent(key, k -> new Row());
    }

    private static Duration clipped(Duty duty, Instant start, Instant end) {
        Instant from = duty.start().isAfter(start) ? duty.start() : start;
        Instant to = duty.end().isBefore(end) ? duty.end() : end;
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** One row's figures being added up. */
    private static final class Row {
        WorkCounts counts = WorkCounts.ZERO;
        TimeSplit split = TimeSplit.NONE;
        Duration duty = Duration.ZERO;

        WorkloadFigures figures() {
            return new WorkloadFigures(counts, split, duty);
        }
    }
}
