package org.itilhis.ports.servicelevel.out;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;

/**
 * Stores the service level configuration and the business calendars. A calendar is a
 * history of versions, each effective from an instant; versions are only ever appended, so
 * a ticket keeps being measured with the version in force when it was raised.
 */
public interface SlaConfigurationRepository {
    /** The stored configuration, empty until the first save. */
    Optional<SlaConfiguration> configuration();

    /**
     * Stores {@code configuration} at its version + 1.
     *
     * @throws org.itilhis.core.shared.VersionConflictException if the stored version is not
     *         {@code configuration.version()} (0 when nothing is stored yet)
     */
    void save(SlaConfiguration configuration);

    /** The names of the stored calendars, sorted. */
    ImmutableSortedSet<String> calendarNames();

    /** The versions of calendar {@code name}, empty if there is no such calendar. */
    Optional<CalendarVersions> calendar(String name);

    /**
     * Appends a version of calendar {@code name} (creating the calendar with its first
     * version) in force from {@code effectiveFrom}. The first version of a calendar is in
     * force since {@link Instant#MIN} whatever {@code effectiveFrom} says.
     *
     * @throws IllegalArgumentException if {@code effectiveFrom} is not after the latest
     *         stored version's effective instant
     */
    void addCalendarVersion(String name, Instant effectiveFrom, BusinessCalendar calendar);
}
