package org.itilhis.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Range;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole {@link BusinessCalendar} as one plain-text document, so that an adapter can store
 * a calendar in one column and a hospital can upload it in one request. It extends the
 * {@link CalendarFile} format, whose date rule lines it keeps, with header lines:
 *
 * <pre>
 * NAME office-hours
 * ZONE Asia/Shanghai
 * WEEKLY MON..FRI 08:00-12:00,14:00-17:30
 * WEEKLY SAT 08:00-12:00
 * STANDARD_DAY 08:00-12:00,14:00-17:30
 * ARRANGEMENT china-mainland 2024..2026
 * 2026-01-01..2026-01-03 HOLIDAY New Year's Day
 * </pre>
 *
 * <ul>
 *   <li>{@code NAME} (required) is the rest of the line. {@code ZONE} is a time-zone id,
 *       {@code Asia/Shanghai} when absent.</li>
 *   <li>{@code WEEKLY DAY[..DAY] PERIODS} sets the periods of a day or an inclusive range of
 *       days ({@code MON TUE WED THU FRI SAT SUN}); a day without a {@code WEEKLY} line has
 *       no working time. Round the clock is {@code WEEKLY MON..SUN 00:00-24:00}.</li>
 *   <li>{@code STANDARD_DAY PERIODS} gives the periods of an adjusted working day; when
 *       absent, those of the first working day of the week.</li>
 *   <li>{@code ARRANGEMENT ID [YEARS]} says the calendar follows an official holiday
 *       arrangement ({@link CalendarCoverage}): {@code ID} names the statutory holidays
 *       ({@link StatutoryHolidays#byId}, {@code china-mainland}), {@code YEARS} the years whose
 *       arrangement the date rules hold, as years or inclusive ranges separated by commas
 *       ({@code 2024..2026,2028}); absent, none. Without the line the calendar claims no
 *       official arrangement and is never provisional.</li>
 *   <li>Every other non-blank line that is not a {@code #} comment is a date rule, as in
 *       {@link CalendarFile}. Header and rule lines may come in any order, each header
 *       line at most once (each day at most once).</li>
 * </ul>
 *
 * {@code read(write(c))} has the same name, zone, weekly pattern, standard working day,
 * coverage and date rules (in the same order) as {@code c}, hence the same working time on
 * every date.
 */
public final class CalendarDocument {
    static final String NAME = "NAME";
    static final String ZONE = "ZONE";
    static final String WEEKLY = "WEEKLY";
    static final String STANDARD_DAY = "STANDARD_DAY";
    static final String ARRANGEMENT = "ARRANGEMENT";

    private CalendarDocument() {
    }

    /**
     * Builds the calendar a document describes.
     *
     * @throws CalendarFileException naming the line and column of the first mistake,
     *         including a calendar the document describes consistently line by line but that
     *         {@link BusinessCalendarBuilder#build()} rejects as a whole
     */
    public static BusinessCalendar read(String text) {
        return new CalendarDocumentReader(checkNotNull(text, "text")).read();
    }

    /**
     * The document of {@code calendar}: header lines, then one line per run of consecutive
     * dates with the same rule.
     *
     * @throws IllegalArgumentException if the name or a note contains a line break, which
     *         the line-based format cannot hold
     */
    public static String write(BusinessCalendar calendar) {
        checkNotNull(calendar, "calendar");
        StringBuilder text = new StringBuilder();
        text.append(NAME).append(' ').append(singleLine(calendar.name())).append('\n');
        text.append(ZONE).append(' ').append(calendar.zone().getId()).append('\n');
        writeWeekly(calendar, text);
        text.append(STANDARD_DAY).append(' ').append(periods(calendar.standardWorkingDay())).append('\n');
        calendar.coverage().ifPresent(coverage -> text.append(ARRANGEMENT).append(' ')
                .append(coverage.holidays().id()).append(years(coverage.officialYears())).append('\n'));
        writeRules(calendar.rules(), text);
        return text.toString();
    }

    /** Three-letter code of a day: {@code MON} to {@code SUN}. */
    static String code(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    static String periods(List<WorkingPeriod> periods) {
        return Joiner.on(',').join(periods);
    }

    private static void writeWeekly(BusinessCalendar calendar, StringBuilder text) {
        DayOfWeek[] days = DayOfWeek.values();
        int from = 0;
        while (from < days.length) {
            ImmutableList<WorkingPeriod> periods = calendar.weekly().get(days[from]);
            int to = from;
            while (to + 1 < days.length && calendar.weekly().get(days[to + 1]).equals(periods)) {
                to++;
            }
            if (!periods.isEmpty()) {
                text.append(WEEKLY).append(' ').append(code(days[from]))
                        .append(to > from ? ".." + code(days[to]) : "").append(' ')
                        .append(periods(periods)).append('\n');
            }
            from = to + 1;
        }
    }

    private static void writeRules(List<DateRule> rules, StringBuilder text) {
        int from = 0;
        while (from < rules.size()) {
            DateRule first = rules.get(from);
            int to = from;
            while (to + 1 < rules.size() && continues(rules.get(to), rules.get(to + 1))) {
                to++;
            }
            text.append(first.date()).append(to > from ? ".." + rules.get(to).date() : "")
                    .append(' ').append(first.kind());
            if (first.kind().hasPeriods()) {
                text.append(' ').append(periods(first.periods()));
            }
            String note = singleLine(first.note());
            text.append(note.isEmpty() ? "" : " " + note).append('\n');
            from = to + 1;
        }
    }

    /** The years as runs, {@code " 2024..2026,2028"}; empty for none. */
    private static String years(ImmutableSortedSet<Integer> years) {
        List<String> runs = new ArrayList<>();
        for (Range<Integer> run : ImmutableRangeSet.unionOf(years.stream()
                .map(year -> Range.closedOpen(year, year + 1)).toList()).asRanges()) {
            int first = run.lowerEndpoint();
            int last = run.upperEndpoint() - 1;
            runs.add(first == last ? String.valueOf(first) : first + ".." + last);
        }
        return runs.isEmpty() ? "" : " " + String.join(",", runs);
    }

    /** Whether {@code next} is the same rule as {@code rule} on the following date. */
    private static boolean continues(DateRule rule, DateRule next) {
        return next.date().equals(rule.date().plusDays(1)) && next.kind() == rule.kind()
                && next.periods().equals(rule.periods()) && next.note().equals(rule.note());
    }

    private static String singleLine(String text) {
        checkArgument(text.indexOf('\n') < 0 && text.indexOf('\r') < 0,
                "'%s' contains a line break and cannot be written to a calendar document", text);
        return text;
    }

    /** The day with the given three-letter code, or null. */
    static DayOfWeek day(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code(day).equals(code)) {
                return day;
            }
        }
        return null;
    }
}
