package org.itilhis.adapters.rest.roster;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * The roster's values as the API takes them, converted field by field into {@link Fields} so
 * that every field that cannot be converted is named at once: dates {@code 2027-02-10}, times of
 * day {@code 08:00}, durations {@code PT15M}, staff and group ids.
 */
final class RosterValues {
    private RosterValues() {
    }

    static LocalDate date(String field, String text, Fields fields) {
        return parse(field, text, LocalDate::parse, "field.invalid-date", fields);
    }

    static LocalTime time(String field, String text, Fields fields) {
        return parse(field, text, LocalTime::parse, "field.invalid-time", fields);
    }

    /** A positive ISO-8601 duration of whole seconds, such as {@code PT15M}. */
    static Duration duration(String field, String text, Fields fields) {
        Duration duration = parse(field, text, Duration::parse, "field.invalid-duration", fields);
        if (duration != null && (duration.isNegative() || duration.isZero() || duration.getNano() != 0)) {
            fields.check(false, field, "field.invalid-duration");
            return null;
        }
        return duration;
    }

    static StaffId staff(String field, String text, Fields fields) {
        return fields.id(field, text, StaffId::of);
    }

    static GroupId group(String field, String text, Fields fields) {
        return fields.id(field, text, GroupId::of);
    }

    private static <T> T parse(String field, String text, Function<String, T> parse, String key, Fields fields) {
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (DateTimeParseException | ArithmeticException invalid) {
            fields.check(false, field, key);
            return null;
        }
    }
}
