package org.itilhis.core.change.schedule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.cmdb.CiId;

/**
 * A blackout or maintenance window as calendar data: a name, the configuration items or
 * business services it is attached to, and when it occurs, in the hospital's time zone, either
 * every week ({@link WeeklyWindow}: "HIS: Monday to Friday 07:30 to 12:00, outpatient peak") or
 * once ({@link Timing.Dated}: "Spring Festival freeze, 2027-02-05 18:00 to 2027-02-13 08:00").
 *
 * <p>Like the business calendars, a window is effective-dated: it is in force from its
 * effective date (inclusive) until its last effective date (inclusive), both optional, so that a
 * recurring blackout can be replaced by a new one from a given date without rewriting history.
 * An occurrence belongs to the window when the local date on which it starts is in force; a
 * dated window whose start falls outside its effective dates has no occurrence.
 *
 * <p>Times are local to the window's zone, as the hospital states them; the schedule compares
 * them with changes as instants.
 *
 * @param attachedTo the items (servers, applications, services) the window protects or prefers
 */
public record ChangeWindow(ChangeWindowId id, String name, WindowKind kind, Set<CiId> attachedTo, Timing timing,
                           ZoneId zone, Optional<LocalDate> effectiveFrom, Optional<LocalDate> effectiveUntil) {

    /**
     * @throws ChangeWindowWithoutItemsException if it is attached to nothing
     * @throws ChangeWindowEndsBeforeStartException if a dated window does not end after it starts
     * @throws ChangeWindowEffectiveDatesException if it stops being in force before it comes into force
     */
    public ChangeWindow {
        checkNotNull(id, "id");
        checkNotNull(name, "name");
        checkArgument(!name.isBlank(), "the name of change window %s is blank", id);
        name = name.strip();
        checkNotNull(kind, "kind");
        attachedTo = ImmutableSet.copyOf(checkNotNull(attachedTo, "attachedTo"));
        checkNotNull(timing, "timing");
        checkNotNull(zone, "zone");
        checkNotNull(effectiveFrom, "effectiveFrom");
        checkNotNull(effectiveUntil, "effectiveUntil");
        if (attachedTo.isEmpty()) {
            throw new ChangeWindowWithoutItemsException(name);
        }
        if (timing instanceof Timing.Dated dated && !dated.start().isBefore(dated.end())) {
            throw new ChangeWindowEndsBeforeStartException(name, dated.start(), dated.end());
        }
        if (effectiveFrom.isPresent() && effectiveUntil.isPresent() && effectiveUntil.get().isBefore(effectiveFrom.get())) {
            throw new ChangeWindowEffectiveDatesException(name, effectiveFrom.get(), effectiveUntil.get());
        }
    }

    /** When a window occurs: every week, or once between two local date-times. */
    public sealed interface Timing {
        /** Every week on the weekly window's days and times. */
        record Weekly(WeeklyWindow window) implements Timing {
            public Weekly {
                checkNotNull(window, "window");
            }
        }

        /** Once, from {@code start} to {@code end} local time. */
        record Dated(LocalDateTime start, LocalDateTime end) implements Timing {
            public Dated {
                checkNotNull(start, "start");
                checkNotNull(end, "end");
            }
        }
    }

    /** A window recurring every week, in force from now on until superseded. */
    public static ChangeWindow recurring(ChangeWindowId id, String name, WindowKind kind, Iterable<CiId> attachedTo,
            WeeklyWindow weekly, ZoneId zone) {
        return new ChangeWindow(id, name, kind, ImmutableSet.copyOf(attachedTo), new Timing.Weekly(weekly), zone,
                Optional.empty(), Optional.empty());
    }

    /**
     * A window occurring once, from {@code start} to {@code end} local time.
     *
     * @throws ChangeWindowEndsBeforeStartException if it does not end after it starts
     */
    public static ChangeWindow dated(ChangeWindowId id, String name, WindowKind kind, Iterable<CiId> attachedTo,
            LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return new ChangeWindow(id, name, kind, ImmutableSet.copyOf(attachedTo), new Timing.Dated(start, end), zone,
                Optional.empty(), Optional.empty());
    }

    /**
     * This window in force only on the dates from {@code from} to {@code until}, both inclusive,
     * either open (null).
     *
     * @throws ChangeWindowEffectiveDatesException if {@code until} is before {@code from}
     */
    public ChangeWindow effective(LocalDate from, LocalDate until) {
        return new ChangeWindow(id, name, kind, attachedTo, timing, zone, Optional.ofNullable(from),
                Optional.ofNullable(until));
    }

    public boolean isBlackout() {
        return kind == WindowKind.BLACKOUT;
    }

    /** Whether the window is in force on {@code date} (a local date in its zone). */
    public boolean inForceOn(LocalDate date) {
        checkNotNull(date, "date");
        return effectiveFrom.map(from -> !date.isBefore(from)).orElse(true)
                && effectiveUntil.map(until -> !date.isAfter(until)).orElse(true);
    }

    /** The occurrences of the window that overlap {@code start} to {@code end} (end exclusive), in time order. */
    public List<WindowOccurrence> occurrences(Instant start, Instant end) {
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        checkArgument(start.isBefore(end), "a period ends after it starts: %s to %s", start, end);
        ImmutableList.Builder<WindowOccurrence> occurrences = ImmutableList.builder();
        if (timing instanceof Timing.Dated dated) {
            ZonedDateTime opens = dated.start().atZone(zone);
            ZonedDateTime closes = dated.end().atZone(zone);
            if (inForceOn(dated.start().toLocalDate()) && opens.toInstant().isBefore(end) && closes.toInstant().isAfter(start)) {
                occurrences.add(new WindowOccurrence(this, opens, closes));
            }
        } else if (timing instanceof Timing.Weekly weekly) {
            for (WeeklyWindow.Occurrence occurrence : weekly.window().occurrences(start.atZone(zone), end.atZone(zone), zone)) {
                if (inForceOn(occurrence.start().toLocalDate())) {
                    occurrences.add(new WindowOccurrence(this, occurrence.start(), occurrence.end()));
                }
            }
        }
        return occurrences.build();
    }

    @Override
    public String toString() {
        return kind + " " + id + " (" + name + ")";
    }
}
