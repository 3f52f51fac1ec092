package org.itilhis.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.Map;

/**
 * The history of one calendar: each version is in force from its effective instant until
 * the next version's. An SLA clock records the instant it started and measures with
 * {@link #calendarInForceAt} that instant, so a ticket measured under an earlier version
 * keeps its figures when a revised holiday arrangement is published later. Immutable;
 * {@link #supersededFrom} returns a new history.
 */
public final class CalendarVersions {
    private final ImmutableSortedMap<Instant, BusinessCalendar> versions;

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
