package org.itilhis.core.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.calendar.ChinaMainland;
import org.itilhis.core.priority.ServiceCriticality;

/**
 * Which calendar measures the clocks of a service, by the service's
 * {@link ServiceCriticality}: a clinical-critical system (HIS, EMR, LIS, PACS) is measured
 * round the clock, office systems in office hours, on the same desk. Each criticality maps
 * to a {@link CalendarVersions} history so that a clock measures with the version in force
 * when its ticket was raised. Every criticality must be mapped
 * ({@link IllegalArgumentException} otherwise).
 */
public record CalendarPolicy(ImmutableSortedMap<ServiceCriticality, CalendarVersions> calendars) {
    public CalendarPolicy {
        checkNotNull(calendars, "calendars");
        checkArgument(calendars.keySet().containsAll(EnumSet.allOf(ServiceCriticality.class)),
                "no calendar for %s", Sets.difference(EnumSet.allOf(ServiceCriticality.class), calendars.keySet()));
    }

    /** A policy from the given map; see the class comment. */
    public static CalendarPolicy of(Map<ServiceCriticality, CalendarVersions> calendars) {
        return new CalendarPolicy(ImmutableSortedMap.copyOf(calendars));
    }

    /** Clinical-critical round the clock in Shanghai; everything else in mainland China's office hours. */
    public static CalendarPolicy hospitalDefault() {
        CalendarVersions officeHours = CalendarVersions.of(ChinaMainland.officeHours());
        return of(Map.of(
                ServiceCriticality.CLINICAL_CRITICAL,
                CalendarVersions.of(BusinessCalendar.twentyFourSeven(BusinessCalendar.SHANGHAI)),
                ServiceCriticality.IMPORTANT, officeHours,
                ServiceCriticality.GENERAL, officeHours));
    }

    /** The calendar history for services of {@code criticality}. */
    public CalendarVersions calendarsFor(ServiceCriticality criticality) {
        return calendars.get(checkNotNull(criticality, "criticality"));
    }

    /**
     * The calendar that measures a ticket on {@code service} raised at {@code raisedAt}: the
     * version in force then, with the official arrangements loaded by {@code dataAsOf} for
     * the years it held provisionally ({@link CalendarVersions#calendarFor}).
     */
    public BusinessCalendar calendarFor(ServiceCatalogueEntry service, Instant raisedAt, Instant dataAsOf) {
        return calendarsFor(service.criticality()).calendarFor(raisedAt, dataAsOf);
    }

    /** One line per criticality: the name of the calendar currently last in its history. */
    public String describe() {
        StringBuilder text = new StringBuilder("calendars by criticality\n");
        calendars.forEach((criticality, versions) -> text.append("  ").append(criticality).append(": ")
                .append(versions.versions().lastEntry().getValue().name()).append('\n'));
        return text.toString();
    }
}
