package org.itilhis.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The history of one calendar: each version is in force from its effective instant until
 * the next version's. An SLA clock records the instant it started and measures with
 * {@link #calendarInForceAt} that instant, so a ticket measured under an earlier version
 * keeps its figures when the calendar is revised later; only a year it held provisionally
 * is completed by a later version's official arrangement ({@link #calendarFor}). Immutable;
 * {@link #supersededFrom} returns a new history.
 */
public final class CalendarVersions {
    private final ImmutableSortedMap<Instant, BusinessCalendar> versions;
    /** Completed versions by (version in force, latest version completing it), built once each. */
    private final ConcurrentHashMap<List<Instant>, BusinessCalendar> completed = new ConcurrentHashMap<>();

    private CalendarVersions(ImmutableSortedMap<Instant, BusinessCalendar> versions) {
        this.versions = versions;
    }

    /** A history with a single version, in force since the beginning of time. */
    public static CalendarVersions of(BusinessCalendar first) {
        return new CalendarVersions(ImmutableSortedMap.of(Instant.MIN, checkNotNull(first, "first")));
    }

    /**
     * This history plus {@code next}, in force from {@code effectiveFrom} on.
     *
     * @throws IllegalArgumentException if {@code effectiveFrom} is not after the latest
     *         version's effective instant (history is only ever appended to)
     */
    public CalendarVersions supersededFrom(Instant effectiveFrom, BusinessCalendar next) {
        checkNotNull(effectiveFrom, "effectiveFrom");
        checkNotNull(next, "next");
        checkArgument(effectiveFrom.isAfter(versions.lastKey()),
                "version effective from %s is not after the latest version, effective from %s",
                effectiveFrom, versions.lastKey());
        return new CalendarVersions(ImmutableSortedMap.<Instant, BusinessCalendar>naturalOrder()
                .putAll(versions).put(effectiveFrom, next).buildOrThrow());
    }

    /** The version in force at {@code instant}: the latest one effective at or before it. */
    public BusinessCalendar calendarInForceAt(Instant instant) {
        checkNotNull(instant, "instant");
        return versions.floorEntry(instant).getValue();
    }

    /**
     * The version in force at {@code start}, with its provisional years completed by the
     * official arrangements of the versions in force by {@code dataAsOf}
     * ({@link BusinessCalendar#completedBy}, oldest first). A clock started in December
     * under a version that held next year provisionally thus takes that year's notice once
     * it is loaded, while every other revision of the calendar still applies only to clocks
     * started after it took effect. With {@code dataAsOf} at or before the next version's
     * effective instant this is {@link #calendarInForceAt(Instant) calendarInForceAt(start)}.
     */
    public BusinessCalendar calendarFor(Instant start, Instant dataAsOf) {
        checkNotNull(start, "start");
        checkNotNull(dataAsOf, "dataAsOf");
        Map.Entry<Instant, BusinessCalendar> inForce = versions.floorEntry(start);
        Instant latest = versions.floorKey(dataAsOf);
        if (latest == null || !latest.isAfter(inForce.getKey())) {
            return inForce.getValue();
        }
        return completed.computeIfAbsent(List.of(inForce.getKey(), latest), key -> {
            BusinessCalendar calendar = inForce.getValue();
            for (BusinessCalendar later : versions.subMap(inForce.getKey(), false, latest, true).values()) {
                calendar = calendar.completedBy(later);
            }
            return calendar;
        });
    }

    /** Every version by effective instant; the first is effective from {@link Instant#MIN}. */
    public ImmutableSortedMap<Instant, BusinessCalendar> versions() {
        return versions;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("CalendarVersions[");
        for (Map.Entry<Instant, BusinessCalendar> entry : versions.entrySet()) {
            text.append(entry.getKey()).append('=').append(entry.getValue().name()).append(' ');
        }
        return text.append(']').toString();
    }
}
