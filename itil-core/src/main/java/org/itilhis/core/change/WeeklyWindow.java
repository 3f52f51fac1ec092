package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A window that recurs every week on the given days, from a local time to a later one, in
 * the hospital's time zone: "Monday to Friday 07:30 to 12:00" (the HIS outpatient peak, a
 * blackout) or "Tuesday and Thursday 22:00 to 23:59" (where a standard change may run). A
 * window does not cross midnight; a night window is two of them.
 */
public record WeeklyWindow(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    public WeeklyWindow {
        days = ImmutableSortedSet.copyOf(checkNotNull(days, "days"));
        checkArgument(!days.isEmpty(), "a weekly window needs at least one day");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkArgument(from.isBefore(to), "a weekly window ends after it starts: %s to %s", from, to);
    }

    /** Monday to Friday, {@code from} to {@code to}. */
    public static WeeklyWindow weekdays(LocalTime from, LocalTime to) {
        return new WeeklyWindow(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), from, to);
    }

    /** Whether {@code date} is one of the window's days. */
    public boolean fallsOn(LocalDate date) {
        return days.contains(checkNotNull(date, "date").getDayOfWeek());
    }

    /** Whether the whole of {@code start} to {@code end} lies inside one occurrence of the window. */
    public boolean contains(ZonedDateTime start, ZonedDateTime end) {
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        ZonedDateTime local = end.withZoneSameInstant(start.getZone());
        return fallsOn(start.toLocalDate()) && start.toLocalDate().equals(local.toLocalDate())
                && !start.toLocalTime().isBefore(from) && !local.toLocalTime().isAfter(to);
    }

    /**
     * The occurrences of the window that overlap {@code start} to {@code end} (end exclusive),
     * in {@code zone}, in time order.
     */
    public List<Occurrence> occurrences(ZonedDateTime start, ZonedDateTime end, ZoneId zone) {
        checkNotNull(zone, "zone");
        List<Occurrence> occurrences = new ArrayList<>();
        LocalDate last = end.withZoneSameInstant(zone).toLocalDate();
        for (LocalDate day = start.withZoneSameInstant(zone).toLocalDate(); !day.isAfter(last);
                day = day.plusDays(1)) {
            if (fallsOn(day)) {
                ZonedDateTime opens = day.atTime(from).atZone(zone);
                ZonedDateTime closes = day.atTime(to).atZone(zone);
                if (opens.isBefore(end) && closes.isAfter(start)) {
                    occurrences.add(new Occurrence(opens, closes));
                }
            }
        }
        return occurrences;
    }

    /** One occurrence of a window: from {@code start} to {@code end}, in the hospital's zone. */
    public record Occurrence(ZonedDateTime start, ZonedDateTime end) {
        public Occurrence {
            checkNotNull(start, "start");
            checkNotNull(end, "end");
            checkArgument(start.isBefore(end), "an occurrence ends after it starts: %s to %s", start, end);
        }
    }
}
