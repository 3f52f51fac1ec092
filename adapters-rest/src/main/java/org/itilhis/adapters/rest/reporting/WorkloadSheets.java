package org.itilhis.adapters.rest.reporting;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.itilhis.adapters.rest.reporting.WorkloadReportJson.WorkloadFiguresJson;
import org.itilhis.adapters.rest.reporting.WorkloadReportJson.WorkloadRowJson;
import org.itilhis.core.shared.Text;

/**
 * The workload report as tables with headers in the reader's language, one per view, for the
 * CSV and Excel exports: the engineers, groups, departments, callers' departments and months,
 * one row each with the figures of the JSON (the same numbers: the tables are made from it)
 * and a total row last, and the rules the figures were made by.
 */
final class WorkloadSheets {
    private static final String BUNDLE = "org.itilhis.adapters.rest.reporting.workload";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The figure columns, by the JSON's names, in the order the sheets show them. */
    static final ImmutableList<Column> FIGURES = ImmutableList.of(
            new Column("ticketsWorked", WorkloadFiguresJson::ticketsWorked),
            new Column("accepted", WorkloadFiguresJson::accepted),
            new Column("resolved", WorkloadFiguresJson::resolved),
            new Column("escalated", WorkloadFiguresJson::escalated),
            new Column("reassignedAway", WorkloadFiguresJson::reassignedAway),
            new Column("contactsLogged", WorkloadFiguresJson::contactsLogged),
            new Column("solvedAtFirstContact", WorkloadFiguresJson::solvedAtFirstContact),
            new Column("firstContactResolutionPercent", WorkloadFiguresJson::firstContactResolutionPercent),
            new Column("workLogEntries", WorkloadFiguresJson::workLogEntries),
            new Column("minutesWorked", WorkloadFiguresJson::minutesWorked),
            new Column("normalMinutes", WorkloadFiguresJson::normalMinutes),
            new Column("overtimeMinutes", WorkloadFiguresJson::overtimeMinutes),
            new Column("holidayMinutes", WorkloadFiguresJson::holidayMinutes),
            new Column("dutyMinutes", WorkloadFiguresJson::dutyMinutes),
            new Column("reopened", WorkloadFiguresJson::reopened),
            new Column("reopenPercent", WorkloadFiguresJson::reopenPercent),
            new Column("pingPong", WorkloadFiguresJson::pingPong),
            new Column("slaMet", WorkloadFiguresJson::slaMet),
            new Column("slaBreached", WorkloadFiguresJson::slaBreached),
            new Column("slaCompliancePercent", WorkloadFiguresJson::slaCompliancePercent),
            new Column("ratings", WorkloadFiguresJson::ratings),
            new Column("meanSatisfaction", WorkloadFiguresJson::meanSatisfaction),
            new Column("roundsRecorded", WorkloadFiguresJson::roundsRecorded),
            new Column("roundsLate", WorkloadFiguresJson::roundsLate),
            new Column("roundsMissed", WorkloadFiguresJson::roundsMissed),
            new Column("roundCompletionPercent", WorkloadFiguresJson::roundCompletionPercent),
            new Column("repairsOpened", WorkloadFiguresJson::repairsOpened),
            new Column("repairsClosed", WorkloadFiguresJson::repairsClosed),
            new Column("backupRunsRecorded", WorkloadFiguresJson::backupRunsRecorded),
            new Column("restoreTests", WorkloadFiguresJson::restoreTests),
            new Column("stockIssues", WorkloadFiguresJson::stockIssues));

    private final WorkloadReportJson report;
    private final Locale locale;

    private WorkloadSheets(WorkloadReportJson report, Locale locale) {
        this.report = checkNotNull(report, "report");
        this.locale = checkNotNull(locale, "locale");
    }

    static WorkloadSheets of(WorkloadReportJson report, Locale locale) {
        return new WorkloadSheets(report, locale);
    }

    /** Every view's table, in the order of {@link WorkloadView}. */
    List<Sheet> all() {
        return Arrays.stream(WorkloadView.values()).map(this::sheet).toList();
    }

    /** One view's table. */
    Sheet sheet(WorkloadView view) {
        return switch (view) {
            case ENGINEERS -> figures(view, "column.engineer", report.engineers());
            case GROUPS -> figures(view, "column.group", report.groups());
            case ENGINEER_DEPARTMENTS -> figures(view, "column.engineer-department", report.engineerDepartments());
            case CALLER_DEPARTMENTS -> figures(view, "column.caller-department", report.callerDepartments());
            case TREND -> figures(view, "column.month", report.trend().stream()
                    .map(month -> new WorkloadRowJson(month.month(), month.figures())).toList());
            case RULES -> rules();
        };
    }

    private Sheet figures(WorkloadView view, String keyColumn, List<WorkloadRowJson> rows) {
        List<String> headers = new ArrayList<>();
        headers.add(text(keyColumn));
        FIGURES.forEach(column -> headers.add(text("column." + column.name())));
        List<List<Object>> table = new ArrayList<>();
        rows.forEach(row -> table.add(row(row.key().isEmpty() ? text("row.none") : row.key(), row.figures())));
        table.add(row(text("row.total"), report.total()));
        return new Sheet(view, text("sheet." + view.key()), headers, table);
    }

    private static List<Object> row(String key, WorkloadFiguresJson figures) {
        List<Object> cells = new ArrayList<>();
        cells.add(key);
        FIGURES.forEach(column -> cells.add(column.value().apply(figures)));
        return cells;
    }

    private Sheet rules() {
        WorkloadReportJson.SplitRulesJson rules = report.splitRules();
        List<List<Object>> rows = List.of(
                List.of(text("rule.period"), report.from() + " – " + report.to()),
                List.of(text("rule.scope"), text("rule.scope." + report.scope().name())),
                List.of(text("rule.asOf"), report.asOf()),
                List.of(text("rule.calendar"), rules.calendar()),
                List.of(text("rule.zone"), rules.zone()),
                List.of(text("rule.normalShifts"), rules.normalShifts().stream()
                        .map(kind -> Text.label(kind).in(locale)).collect(Collectors.joining(", "))),
                List.of(text("rule.explanation"), rules.explanation()),
                List.of(text("rule.sums"), text("rule.sums.text")));
        return new Sheet(WorkloadView.RULES, text("sheet." + WorkloadView.RULES.key()),
                List.of(text("column.item"), text("column.value")), rows);
    }

    /** The text for {@code key} in the reader's language; English where there is no translation. */
    String text(String key) {
        return find(key, locale).or(() -> find(key, Locale.ROOT)).orElse(key);
    }

    static Optional<String> find(String key, Locale locale) {
        try {
            return Optional.of(ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key));
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }

    /** A figure column: its JSON name and how to read it; a number, or {@code null} for a rate of nothing. */
    record Column(String name, Function<WorkloadFiguresJson, Object> value) {
    }

    /**
     * One view as a table.
     *
     * @param rows each as long as {@code headers}: text, whole numbers ({@code Long}) and
     *             decimals ({@link BigDecimal}), {@code null} for a rate of nothing
     */
    record Sheet(WorkloadView view, String name, List<String> headers, List<List<Object>> rows) {
    }
}
