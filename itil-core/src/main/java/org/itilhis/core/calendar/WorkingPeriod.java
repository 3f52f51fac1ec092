package org.itilhis.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalTime;

/**
 * A half-open span of local wall-clock time within one day, {@code [start, end)}, in
 * which the service desk works: 08:00-12:00 covers 08:00:00 up to but not including
 * 12:00:00. Times are held as seconds of the day; the end may be {@code 24:00}
 * ({@value #SECONDS_PER_DAY}), the start of the next day.
 *
 * @param startSecond first working second of the day, 0 to 86399
 * @param endSecond first second after the period, start + 1 to 86400
 */
public record WorkingPeriod(int startSecond, int endSecond) implements Comparable<WorkingPeriod> {
    /** Seconds in a day on the local wall clock; also the code of {@code 24:00}. */
    public static final int SECONDS_PER_DAY = 86_400;

    /** The whole day, {@code [00:00, 24:00)}. */
    public static final WorkingPeriod WHOLE_DAY = new WorkingPeriod(0, SECONDS_PER_DAY);

    public WorkingPeriod {
        checkArgument(startSecond >= 0 && startSecond < SECONDS_PER_DAY,
                "period start %s is outside the day", startSecond);
        checkArgument(endSecond > startSecond && endSecond <= SECONDS_PER_DAY,
                "period %s-%s does not end after it starts (or ends after 24:00)",
                format(startSecond), format(endSecond));
    }

    /** The period from {@code start} to {@code end}; use {@link #untilMidnight} to run to 24:00. */
    public static WorkingPeriod of(LocalTime start, LocalTime end) {
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        return new WorkingPeriod(start.toSecondOfDay(), end.toSecondOfDay());
    }

    /** The period from {@code start} to the end of the day (24:00). */
    public static WorkingPeriod untilMidnight(LocalTime start) {
        checkNotNull(start, "start");
        return new WorkingPeriod(start.toSecondOfDay(), SECONDS_PER_DAY);
    }

    /**
     * Parses {@code HH:mm-HH:mm} or {@code HH:mm:ss-HH:mm:ss}; the end may be {@code 24:00}.
     *
     * @throws IllegalArgumentException if the text is not such a period
     */
    public static WorkingPeriod parse(String text) {
        checkNotNull(text, "text");
        int dash = text.indexOf('-');
        checkArgument(dash > 0, "period '%s' is not HH:mm-HH:mm", text);
        return new WorkingPeriod(secondOfDay(text.substring(0, dash).strip()),
                secondOfDay(text.substring(dash + 1).strip()));
    }

    /** Length of the period on the local wall clock, in seconds. */
    public int lengthSeconds() {
        return endSecond - startSecond;
    }

    /** True if the two periods share at least one second. */
    public boolean overlaps(WorkingPeriod other) {
        return startSecond < other.endSecond && other.startSecond < endSecond;
    }

    @Override
    public int compareTo(WorkingPeriod other) {
        int byStart = Integer.compare(startSecond, other.startSecond);
        return byStart != 0 ? byStart : Integer.compare(endSecond, other.endSecond);
    }

    @Override
    public String toString() {
        return format(startSecond) + "-" + format(endSecond);
    }

    private static int secondOfDay(String time) {
        if (time.equals("24:00") || time.equals("24:00:00")) {
            return SECONDS_PER_DAY;
        }
        try {
            return LocalTime.parse(time).toSecondOfDay();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + time + "' is not a time of day HH:mm", e);
        }
    }

    private static String format(int second) {
        if (second == SECONDS_PER_DAY) {
            return "24:00";
        }
        return LocalTime.ofSecondOfDay(second).toString();
    }
}
