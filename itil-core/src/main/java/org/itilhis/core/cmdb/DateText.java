package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as hospitals write them in spreadsheets: ISO {@code 2027-06-30}, and the forms a
 * Chinese spreadsheet exports, {@code 2027/6/30}, {@code 2027-6-30}, {@code 2027.6.30} and
 * {@code 2027年6月30日}. Year first, four digits; a day that does not exist ({@code 2027/2/30})
 * is no date. Stored as ISO.
 */
public final class DateText {
    private static final Pattern DATE =
            Pattern.compile("(\\d{4})(?:([-/.])(\\d{1,2})\\2(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)");

    private DateText() {
    }

    /** The date {@code text} (stripped) writes, if it writes one. */
    public static Optional<LocalDate> parse(String text) {
        Matcher date = DATE.matcher(checkNotNull(text, "text").strip());
        if (!date.matches()) {
            return Optional.empty();
        }
        boolean chinese = date.group(2) == null;
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(date.group(1)),
                    Integer.parseInt(date.group(chinese ? 5 : 3)), Integer.parseInt(date.group(chinese ? 6 : 4))));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }
}
