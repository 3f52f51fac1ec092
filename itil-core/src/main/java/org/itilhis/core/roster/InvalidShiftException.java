package org.itilhis.core.roster;

import java.time.LocalTime;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.Text;

/**
 * A group's shift set is ill-formed (field {@code shifts}): a shift that ends before it starts
 * or lasts no time, one longer than a day, an on-call shift without a response time (or
 * another shift with one), or two shifts with one code.
 */
public final class InvalidShiftException extends DomainException {
    private InvalidShiftException(String code, Object... arguments) {
        super(code, arguments);
    }

    /** A shift within one day whose end is not after its start. */
    public static InvalidShiftException endsBeforeStart(String shift, LocalTime start, LocalTime end) {
        return new InvalidShiftException("roster.shift.ends-before-start", shift, start, end);
    }

    /** A shift ending the next day whose end is after its start: more than 24 hours. */
    public static InvalidShiftException longerThanADay(String shift, LocalTime start, LocalTime end) {
        return new InvalidShiftException("roster.shift.longer-than-a-day", shift, start, end);
    }

    public static InvalidShiftException onCallWithoutResponseTime(String shift) {
        return new InvalidShiftException("roster.shift.on-call-without-response-time", shift);
    }

    public static InvalidShiftException responseTimeNotOnCall(String shift, ShiftKind kind) {
        return new InvalidShiftException("roster.shift.response-time-not-on-call", shift, Text.label(kind));
    }

    public static InvalidShiftException duplicateCode(String shift) {
        return new InvalidShiftException("roster.shift.duplicate-code", shift);
    }
}
