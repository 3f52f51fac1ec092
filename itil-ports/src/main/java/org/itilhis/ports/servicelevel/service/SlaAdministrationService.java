package org.itilhis.ports.servicelevel.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.calendar.HolidayNotice;
import org.itilhis.core.calendar.MissingArrangement;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.sla.SlaEvent;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.ports.servicelevel.in.CalendarNotFoundException;
import org.itilhis.ports.servicelevel.in.SlaAdministration;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;
import org.itilhis.ports.servicelevel.in.SlaNotConfiguredException;

/** Implements {@link SlaAdministration}: permission, validation, one transaction, one event per change. */
public final class SlaAdministrationService implements SlaAdministration {
    private final ServiceLevelPorts ports;
    private final ServiceDeskSettings settings;
    private final CalendarCoverageCheck coverage;

    SlaAdministrationService(ServiceLevelPorts ports, ServiceDeskSettings settings, CalendarCoverageCheck coverage) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.coverage = checkNotNull(coverage, "coverage");
    }

    @Override
    public void checkMayManage(Actor actor) {
        authorise(actor, Permission.MANAGE_SLA);
    }

    @Override
    public SlaConfiguration configuration(Actor actor) {
        authorise(actor, Permission.VIEW_SLA);
        return ports.configuration().configuration().orElseThrow(SlaNotConfiguredException::new);
    }

    @Override
    public SlaConfiguration saveConfiguration(Actor actor, SlaConfiguration configuration, String reason) {
        checkNotNull(configuration, "configuration");
        authorise(actor, Permission.MANAGE_SLA);
        String why = reasonOf(reason);
        return ports.desk().transactions().inTransaction(() -> {
            configuration.calendars().forEach((criticality, name) -> {
                if (ports.configuration().calendar(name).isEmpty()) {
                    throw InvalidCommandException.of("calendars." + criticality, "names calendar '" + name
                            + "', which is not stored");
                }
            });
            ports.configuration().save(configuration);
            SlaConfiguration saved = configuration.atVersion(configuration.version() + 1);
            ports.desk().events().append(List.of(new SlaEvent.CatalogueChanged(saved.version(), why, actor.staffId(),
                    ports.desk().clock().instant())));
            return saved;
        });
    }

    @Override
    public ImmutableSortedSet<String> calendarNames(Actor actor) {
        authorise(actor, Permission.VIEW_SLA);
        return ports.configuration().calendarNames();
    }

    @Override
    public CalendarVersions calendar(Actor actor, String name) {
        authorise(actor, Permission.VIEW_SLA);
        return ports.configuration().calendar(checkNotNull(name, "name"))
                .orElseThrow(() -> new CalendarNotFoundException(name));
    }

    @Override
    public CalendarVersions addCalendarVersion(Actor actor, String name, Instant effectiveFrom,
                                               BusinessCalendar calendar, String reason) {
        checkNotNull(effectiveFrom, "effectiveFrom");
        checkNotNull(calendar, "calendar");
        authorise(actor, Permission.MANAGE_SLA);
        String why = reasonOf(reason);
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw InvalidCommandException.of("name", "must be 1 to 63 lower-case letters, digits or hyphens");
        }
        CalendarVersions added = ports.desk().transactions().inTransaction(() -> {
            ports.configuration().calendar(name).ifPresent(versions -> {
                Instant now = ports.desk().clock().instant();
                if (!effectiveFrom.isAfter(now)) {
                    throw InvalidCommandException.of("effectiveFrom", "must be in the future (after " + now
                            + "): a new version never changes figures already measured");
                }
                if (!effectiveFrom.isAfter(versions.versions().lastKey())) {
                    throw InvalidCommandException.of("effectiveFrom", "must be after "
                            + versions.versions().lastKey() + ", when the latest version took effect");
                }
            });
            ports.configuration().addCalendarVersion(name, effectiveFrom, calendar.named(name));
            ports.desk().events().append(List.of(new SlaEvent.CalendarVersionAdded(name, effectiveFrom, why,
                    actor.staffId(), ports.desk().clock().instant())));
            return ports.configuration().calendar(name).orElseThrow();
        });
        coverage.calendarsChanged(); // after the commit, so that no check keeps the old answer
        return added;
    }

    @Override
    public CalendarVersions loadHolidayNotice(Actor actor, String name, int year, String notice, String reason) {
        checkNotNull(name, "name");
        checkNotNull(notice, "notice");
        authorise(actor, Permission.MANAGE_SLA);
        String why = reasonOf(reason);
        CalendarVersions added = ports.desk().transactions().inTransaction(() -> {
            CalendarVersions versions = ports.configuration().calendar(name)
                    .orElseThrow(() -> new CalendarNotFoundException(name));
            BusinessCalendar loaded = HolidayNotice.loadInto(versions.versions().lastEntry().getValue(), year, notice);
            Instant now = ports.desk().clock().instant();
            Instant effectiveFrom = Collections.max(List.of(now, versions.versions().lastKey()))
                    .truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            ports.configuration().addCalendarVersion(name, effectiveFrom, loaded);
            ports.desk().events().append(List.of(new SlaEvent.CalendarVersionAdded(name, effectiveFrom,
                    "holiday notice " + year + ": " + why, actor.staffId(), now)));
            return ports.configuration().calendar(name).orElseThrow();
        });
        coverage.calendarsChanged(); // after the commit, so that no check keeps the old answer
        return added;
    }

    @Override
    public List<MissingArrangement> missingArrangements() {
        return coverage.missing();
    }

    private void authorise(Actor actor, Permission permission) {
        settings.access().check(checkNotNull(actor, "actor"), permission,
                AccessContext.general(ports.desk().directory().groupsOf(actor.staffId())), "the SLA configuration");
    }

    private static String reasonOf(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidCommandException.of("reason", "must not be blank");
        }
        if (reason.strip().length() > 500) {
            throw InvalidCommandException.of("reason", "must be at most 500 characters");
        }
        return reason.strip();
    }
}
