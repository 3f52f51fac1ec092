package org.itilhis.core.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads date rules from the plain-text calendar format, one rule per line:
 *
 * <pre>
 * # comment; blank lines are ignored
 * 2026-02-14             WORKDAY     Spring Festival adjustment
 * 2026-02-15..2026-02-23 HOLIDAY     Spring Festival
 * 2026-12-31             HALF_DAY    08:00-12:00 New Year's Eve afternoon off
 * 2026-03-07             EXTRA_HOURS 09:00-12:00,13:00-16:00 EMR go-live weekend
 * </pre>
 *
 * A line is a date or an inclusive range {@code FROM..TO}, a kind ({@link DateRule.Kind}),
 * for {@code HALF_DAY} and {@code EXTRA_HOURS} a comma-separated list of periods, and a
 * free-text note. Errors are reported as {@link CalendarFileException} with line and column.
 */
public final class CalendarFile {
    private static final Splitter COMMA = Splitter.on(',');

    private CalendarFile() {
    }

    /**
     * Parses the whole text of a calendar file.
     *
     * @throws CalendarFileException at the first malformed line
     */
    public static ImmutableList<DateRule> parse(String text) {
        checkNotNull(text, "text");
        List<DateRule> rules = new ArrayList<>();
        eachLine(text, (number, line) -> rules.addAll(parseLine(number, line)));
        return ImmutableList.copyOf(rules);
    }

    /** Receives one line of a calendar text with its 1-based number. */
    @FunctionalInterface
    interface LineReader {
        void read(int number, String line);
    }

    /**
     * Hands {@code reader} every line of {@code text} that is neither blank nor a {@code #}
     * comment, without its line break ({@code \n} or {@code \r\n}), with its line number.
     */
    static void eachLine(String text, LineReader reader) {
        int number = 0;
        for (String raw : Splitter.on('\n').split(text)) {
            number++;
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                reader.read(number, line);
            }
        }
    }

    /** The rules of one non-blank, non-comment line; {@code number} is its 1-based line number. */
    static List<DateRule> parseLine(int number, String line) {
        return new LineParser(number, line).parse();
    }

    /** Reads one line token by token, remembering where each token starts. */
    private static final class LineParser {
        private final int number;
        private final String line;
        private int position;
        private int tokenStart;

        LineParser(int number, String line) {
            this.number = number;
            this.line = line;
        }

        List<DateRule> parse() {
            String dates = token("a date or a range FROM..TO");
            int datesColumn = tokenStart;
            DateRule.Kind kind = kind(token("a kind"));
            ImmutableList<WorkingPeriod> periods =
                    kind.hasPeriods() ? periods(token("working periods HH:mm-HH:mm")) : ImmutableList.of();
            String note = line.substring(position).strip();
            List<DateRule> rules = new ArrayList<>();
            LocalDate[] range = range(dates, datesColumn);
            for (LocalDate date = range[0]; !date.isAfter(range[1]); date = date.plusDays(1)) {
                rules.add(new DateRule(date, kind, periods, note));
            }
            return rules;
        }

        private String token(String expected) {
            while (position < line.length() && Character.isWhitespace(line.charAt(position))) {
                position++;
            }
            tokenStart = position;
            while (position < line.length() && !Character.isWhitespace(line.charAt(position))) {
                position++;
            }
            if (tokenStart == position) {
                throw error("expected " + expected + " but the line ends");
            }
            return line.substring(tokenStart, position);
        }

        private LocalDate[] range(String text, int column) {
            int dots = text.indexOf("..");
            LocalDate from = date(dots < 0 ? text : text.substring(0, dots), column);
            LocalDate to = dots < 0 ? from : date(text.substring(dots + 2), column + dots + 2);
            if (to.isBefore(from)) {
                throw new CalendarFileException(number, column + 1, "range " + text + " ends before it starts");
            }
            return new LocalDate[] {from, to};
        }

        private LocalDate date(String text, int column) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new CalendarFileException(number, column + 1, "'" + text + "' is not a date YYYY-MM-DD");
            }
        }

        private DateRule.Kind kind(String text) {
            for (DateRule.Kind kind : DateRule.Kind.values()) {
                if (kind.name().equals(text)) {
                    return kind;
                }
            }
            throw error("unknown kind '" + text + "' (expected HOLIDAY, WORKDAY, HALF_DAY or EXTRA_HOURS)");
        }

        private ImmutableList<WorkingPeriod> periods(String text) {
            List<WorkingPeriod> periods = new ArrayList<>();
            for (String period : COMMA.split(text)) {
                try {
                    periods.add(WorkingPeriod.parse(period));
                } catch (IllegalArgumentException e) {
                    throw error(e.getMessage());
                }
            }
            return ImmutableList.copyOf(periods);
        }

        private CalendarFileException error(String problem) {
            return new CalendarFileException(number, tokenStart + 1, problem);
        }
    }
}
