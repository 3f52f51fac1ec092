package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One of a group's shifts: when it starts and ends in local time (ending the next day for a
 * night, 17:30 to 08:00, or a 24-hour on-call, 08:00 to 08:00), on which days it runs, and
 * for an on-call shift how soon the engineer on call answers a ticket.
 *
 * @param code         the group's code for it, e.g. {@code NIGHT}: upper case letters, digits and hyphens
 * @param name         the name people read, e.g. {@code 夜班} or {@code Night}
 * @param englishName  an English name when {@code name} is not one
 * @param endsNextDay  whether {@code end} is on the day after {@code start}; then {@code end} is at
 *                     or before {@code start} (equal: 24 hours)
 * @param responseTime present exactly for an {@link ShiftKind#ON_CALL} shift, positive
 * @throws InvalidShiftException if the shift ends before it starts, lasts longer than a day, or
 *         has a response time exactly when it is not on call
 */
public record Shift(String code, String name, Optional<String> englishName, ShiftKind kind, LocalTime start,
                    LocalTime end, boolean endsNextDay, ShiftDays days, Optional<Duration> responseTime) {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

    public Shift {
        checkNotNull(code, "code");
        checkArgument(CODE.matcher(code).matches(), "shift code %s is not 1-32 upper case letters, digits and hyphens",
                code);
        checkNotNull(name, "name");
        name = name.strip();
        checkArgument(!name.isEmpty(), "shift %s has a blank name", code);
        englishName = checkNotNull(englishName, "englishName").map(String::strip).filter(n -> !n.isEmpty());
        checkNotNull(kind, "kind");
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        checkNotNull(days, "days");
        checkNotNull(responseTime, "responseTime");
        if (!endsNextDay && !end.isAfter(start)) {
            throw InvalidShiftException.endsBeforeStart(code, start, end);
        }
        if (endsNextDay && end.isAfter(start)) {
            throw InvalidShiftException.longerThanADay(code, start, end);
        }
        if (kind == ShiftKind.ON_CALL && responseTime.isEmpty()) {
            throw InvalidShiftException.onCallWithoutResponseTime(code);
        }
        if (kind != ShiftKind.ON_CALL && responseTime.isPresent()) {
            throw InvalidShiftException.responseTimeNotOnCall(code, kind);
        }
        responseTime.ifPresent(t -> checkArgument(!t.isNegative() && !t.isZero(),
                "response time %s of shift %s is not positive", t, code));
    }

    /** A shift within one day, or ending the next day when {@code end} is not after {@code start}. */
    public static Shift of(String code, String name, ShiftKind kind, LocalTime start, LocalTime end, ShiftDays days) {
        return new Shift(code, name, Optional.empty(), kind, start, end, !end.isAfter(start), days, Optional.empty());
    }

    /** An on-call shift answering within {@code responseTime}, ending the next day when {@code end} is not after {@code start}. */
    public static Shift onCall(String code, String name, LocalTime start, LocalTime end, ShiftDays days,
                               Duration responseTime) {
        return new Shift(code, name, Optional.empty(), ShiftKind.ON_CALL, start, end, !end.isAfter(start), days,
                Optional.of(responseTime));
    }

    /** The same shift with an English name. */
    public Shift withEnglishName(String english) {
        return new Shift(code, name, Optional.of(english), kind, start, end, endsNextDay, days, responseTime);
    }

    /** When the shift of {@code date} starts, in {@code zone}. */
    public Instant startOn(LocalDate date, ZoneId zone) {
        return date.atTime(start).atZone(zone).toInstant();
    }

    /** When the shift of {@code date} ends, in {@code zone} (the next day for a shift that ends then). */
    public Instant endOn(LocalDate date, ZoneId zone) {
        return (endsNextDay ? date.plusDays(1) : date).atTime(end).atZone(zone).toInstant();
    }

    /** The nominal length, in local time (a daylight-saving change makes the real one differ). */
    public Duration length() {
        Duration within = Duration.between(start, end);
        return endsNextDay ? within.plusDays(1) : within;
    }
}
