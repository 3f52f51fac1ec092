package org.itilhis.core.calendar;

import com.google.common.base.Splitter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one {@link CalendarDocument} line by line into a {@link BusinessCalendarBuilder},
 * reporting the first mistake with its line and column. Date rules that replace a day's
 * periods and contradict an earlier line are reported at the later line; what only the
 * whole calendar can tell (extra hours overlapping the usual ones, a week without working
 * time) is reported at the line of the last date rule, or line 1 when there is none.
 */
final class CalendarDocumentReader {
    private final String text;
    private final Set<String> seen = new HashSet<>();
    private final Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    private final List<DateRule> rules = new ArrayList<>();
    private final Map<LocalDate, DateRule> replacing = new HashMap<>();
    private BusinessCalendarBuilder builder;
    private String zone;
    private int zoneLine;
    private int zoneColumn;
    private int lastRuleLine = 1;
    private final List<Runnable> settings = new ArrayList<>();

    CalendarDocumentReader(String text) {
        this.text = text;
    }

    BusinessCalendar read() {
        CalendarFile.eachLine(text, (number, line) -> readLine(new Tokens(number, line)));
        if (builder == null) {
            throw new CalendarFileException(1, 1, "the document has no NAME line");
        }
        if (zone != null) {
            try {
                builder.zone(zone);
            } catch (IllegalArgumentException e) {
                throw new CalendarFileException(zoneLine, zoneColumn, "unknown time zone '" + zone + "'");
            }
        }
        settings.forEach(Runnable::run);
        try {
            return builder.rules(rules).build();
        } catch (IllegalArgumentException e) {
            throw new CalendarFileException(lastRuleLine, 1, e.getMessage());
        }
    }

    private void readLine(Tokens line) {
        String first = line.next("a header keyword or a date");
        if (!first.isEmpty() && Character.isDigit(first.charAt(0))) {
            readRules(line.number, line.text);
            return;
        }
        switch (first) {
            case CalendarDocument.NAME -> name(line);
            case CalendarDocument.ZONE -> {
                once(line);
                zone = line.next("a time zone such as Asia/Shanghai");
                zoneLine = line.number;
                zoneColumn = line.start + 1;
                line.end();
            }
            case CalendarDocument.WEEKLY -> weekly(line);
            case CalendarDocument.ARRANGEMENT -> arrangement(line);
            case CalendarDocument.STANDARD_DAY -> {
                once(line);
                WorkingPeriod[] periods = periods(line);
                settings.add(() -> builder.standardWorkingDay(periods));
            }
            default -> throw line.error("unknown line '" + first
                    + "' (expected NAME, ZONE, WEEKLY, STANDARD_DAY, ARRANGEMENT or a date rule)");
        }
    }

    private void name(Tokens line) {
        once(line);
        String name = line.rest();
        if (name.isEmpty()) {
            throw line.error("NAME needs a calendar name");
        }
        builder = BusinessCalendar.builder(name);
    }

    private void weekly(Tokens line) {
        String range = line.next("a day MON..SUN or a range such as MON..FRI");
        int dots = range.indexOf("..");
        DayOfWeek from = day(line, dots < 0 ? range : range.substring(0, dots));
        DayOfWeek to = dots < 0 ? from : day(line, range.substring(dots + 2));
        if (to.compareTo(from) < 0) {
            throw line.error("day range " + range + " ends before it starts (weeks run MON..SUN)");
        }
        int column = line.start;
        WorkingPeriod[] periods = periods(line);
        for (DayOfWeek day = from; ; day = day.plus(1)) {
            if (!days.add(day)) {
                throw new CalendarFileException(line.number, column + 1, CalendarDocument.code(day)
                        + " already has a WEEKLY line");
            }
            DayOfWeek set = day;
            settings.add(() -> builder.weekly(set, periods));
            if (day == to) {
                break;
            }
        }
    }

    private void arrangement(Tokens line) {
        once(line);
        String id = line.next("the id of the statutory holidays followed, such as china-mainland");
        StatutoryHolidays holidays = StatutoryHolidays.byId(id).orElseThrow(() -> line.error(
                "unknown holiday arrangement '" + id + "' (expected " + StatutoryHolidays.CHINA_MAINLAND + ")"));
        Set<Integer> years = new TreeSet<>();
        if (!line.text.substring(line.position).isBlank()) {
            String list = line.next("official years such as 2024..2026,2028");
            for (String run : Splitter.on(',').split(list)) {
                int dots = run.indexOf("..");
                int from = year(line, dots < 0 ? run : run.substring(0, dots));
                int to = dots < 0 ? from : year(line, run.substring(dots + 2));
                if (to < from) {
                    throw line.error("year range " + run + " ends before it starts");
                }
                for (int year = from; year <= to; year++) {
                    years.add(year);
                }
            }
            line.end();
        }
        CalendarCoverage coverage = CalendarCoverage.of(holidays, years);
        settings.add(() -> builder.coverage(coverage));
    }

    private static int year(Tokens line, String text) {
        if (!text.matches("[0-9]{4}")) {
            throw line.error("'" + text + "' is not a year YYYY");
        }
        return Integer.parseInt(text);
    }

    private static DayOfWeek day(Tokens line, String code) {
        DayOfWeek day = CalendarDocument.day(code);
        if (day == null) {
            throw line.error("'" + code + "' is not a day (expected MON, TUE, WED, THU, FRI, SAT or SUN)");
        }
        return day;
    }

    private static WorkingPeriod[] periods(Tokens line) {
        String text = line.next("working periods HH:mm-HH:mm[,HH:mm-HH:mm...]");
        List<WorkingPeriod> periods = new ArrayList<>();
        try {
            for (String period : Splitter.on(',').split(text)) {
                periods.add(WorkingPeriod.parse(period));
            }
        } catch (IllegalArgumentException e) {
            throw line.error(e.getMessage());
        }
        List<WorkingPeriod> sorted = periods.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw line.error("periods " + sorted.get(i - 1) + " and " + sorted.get(i) + " overlap");
            }
        }
        line.end();
        return periods.toArray(new WorkingPeriod[0]);
    }

    private void readRules(int number, String text) {
        for (DateRule rule : CalendarFile.parseLine(number, text)) {
            if (rule.kind() != DateRule.Kind.EXTRA_HOURS) {
                DateRule earlier = replacing.putIfAbsent(rule.date(), rule);
                if (earlier != null && !earlier.equals(rule)) {
                    throw new CalendarFileException(number, text.length() - text.stripLeading().length() + 1,
                            rule.date() + " is already " + earlier.kind() + " on an earlier line");
                }
            }
            rules.add(rule);
        }
        lastRuleLine = number;
    }

    private void once(Tokens line) {
        String keyword = line.text.substring(line.start, line.position);
        if (!seen.add(keyword)) {
            throw line.error(keyword + " is given twice");
        }
    }

    /** Whitespace-separated tokens of one line, remembering where the current one starts. */
    private static final class Tokens {
        final int number;
        final String text;
        int position;
        int start;

        Tokens(int number, String text) {
            this.number = number;
            this.text = text;
        }

        String next(String expected) {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            start = position;
            while (position < text.length() && !Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            if (start == position) {
                throw error("expected " + expected + " but the line ends");
            }
            return text.substring(start, position);
        }

        String rest() {
            start = position;
            return text.substring(position).strip();
        }

        void end() {
            String rest = text.substring(position);
            if (!rest.isBlank()) {
                start = position + (rest.length() - rest.stripLeading().length());
                throw error("unexpected '" + rest.strip() + "' at the end of the line");
            }
        }

        CalendarFileException error(String problem) {
            return new CalendarFileException(number, start + 1, problem);
        }
    }
}
