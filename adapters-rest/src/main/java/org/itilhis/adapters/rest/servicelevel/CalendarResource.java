package org.itilhis.adapters.rest.servicelevel;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.http.NulCharacterFilter;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.calendar.BusinessCalendar;
import org.itilhis.core.calendar.CalendarDocument;
import org.itilhis.core.calendar.CalendarFileException;
import org.itilhis.core.calendar.CalendarVersions;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.servicelevel.in.CalendarNotFoundException;
import org.itilhis.ports.servicelevel.in.SlaAdministration;

/**
 * The business calendars SLA clocks are measured in: their names, the versions of one (with
 * the working periods of a given date, {@code ?date=2026-02-14}), the calendar document of
 * one version ({@code text/plain}), and a new version in force
 * from a given instant, sent as a calendar document ({@link CalendarDocument}): as
 * {@code text/plain} with {@code effectiveFrom} and {@code reason} as query parameters, or
 * wrapped in JSON ({@link AddCalendarVersionJson}). Reading needs VIEW_SLA, adding MANAGE_SLA
 * (403 without it, before anything sent is looked at).
 * A year's official holiday arrangement is loaded with {@code POST .../notices}.
 * No {@code If-Match}: versions are only ever appended, each effective after the latest, so a
 * repeated or crossing request is refused on {@code effectiveFrom} (400).
 */
@Singleton
@Path(ApiPaths.CALENDARS)
@Produces(MediaType.APPLICATION_JSON)
public final class CalendarResource extends ResourceSupport {
    private static final String NAME = "[a-z0-9][a-z0-9-]{0,62}";
    /** The years a notice may be for: the statutory table's range, with room on either side. */
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;

    private final SlaAdministration administration;

    public CalendarResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), ServiceLevelResources.of(configuration));
    }

    CalendarResource(Resources.Dependencies ports, ServiceLevelResources.Ports levels) {
        super(ports.validation());
        this.administration = checkNotNull(levels.administration(), "administration");
    }

    @GET
    public CalendarJson.CalendarNamesJson names() {
        return new CalendarJson.CalendarNamesJson(administration.calendarNames(actor()).asList());
    }

    @GET
    @Path("{name}")
    public CalendarJson calendar(@PathParam("name") String name, @QueryParam("date") String date) {
        LocalDate day = date(date);
        return CalendarJson.of(name, administration.calendar(actor(), name), day);
    }

    /**
     * The calendar document of the version in force at {@code at} (an ISO-8601 instant; the
     * latest version when absent), to edit and send back as a new version.
     */
    @GET
    @Path("{name}/document")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String document(@PathParam("name") String name, @QueryParam("at") String at) {
        Fields fields = new Fields();
        Instant instant = instant("at", at, fields);
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        CalendarVersions versions = administration.calendar(actor(), name);
        return CalendarDocument.write(instant == null ? versions.versions().lastEntry().getValue()
                : versions.calendarInForceAt(instant));
    }

    @POST
    @Path("{name}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addVersion(@PathParam("name") String name, AddCalendarVersionJson body) {
        administration.checkMayManage(actor());
        AddCalendarVersionJson json = body(body);
        Fields fields = new Fields();
        Instant from = instant("effectiveFrom", json.effectiveFrom(), fields);
        return add(name, from, json.reason(), json.document(), "document", () -> valid(json, fields));
    }

    @POST
    @Path("{name}/versions")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response addVersionDocument(@PathParam("name") String name,
                                       @QueryParam("effectiveFrom") String effectiveFrom,
                                       @QueryParam("reason") String reason, String document) {
        administration.checkMayManage(actor());
        Fields fields = new Fields();
        Instant from = instant("effectiveFrom", effectiveFrom, fields);
        fields.check(effectiveFrom != null, "effectiveFrom", "field.required");
        fields.check(reason != null && !reason.isBlank(), "reason", "field.required");
        fields.check(document != null && !document.isBlank(), "body", "field.required");
        return add(name, from, reason, document, "body", () -> {
            if (!fields.errors().isEmpty()) {
                throw ApiException.invalid(fields.errors());
            }
        });
    }

    /**
     * Loads one year's official holiday arrangement (the State Council's notice) into the
     * calendar as a new version in force from the next second: 201 with the calendar's
     * versions. A notice that misses a statutory day, puts a working day on a weekday or holds
     * another year's date is refused (422, in the reader's language), a malformed line names
     * its line and column (400), and a year already loaded is revised as a version instead (409).
     */
    @POST
    @Path("{name}/notices")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response loadNotice(@PathParam("name") String name, LoadHolidayNoticeJson body) {
        administration.checkMayManage(actor());
        LoadHolidayNoticeJson json = valid(body(body), new Fields());
        return load(name, json.year(), json.notice(), json.reason(), "notice");
    }

    @POST
    @Path("{name}/notices")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response loadNoticeText(@PathParam("name") String name, @QueryParam("year") String year,
                                   @QueryParam("reason") String reason, String notice) {
        administration.checkMayManage(actor());
        Fields fields = new Fields();
        fields.check(year != null && year.strip().matches("[0-9]{4}"), "year", "field.invalid-year");
        fields.check(reason != null && !reason.isBlank(), "reason", "field.required");
        fields.check(notice != null && !notice.isBlank(), "body", "field.required");
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return load(name, Integer.parseInt(year.strip()), notice, reason, "body");
    }

    private Response load(String name, int year, String notice, String reason, String noticeField) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ApiException.invalid(FieldError.keyed("year", "field.invalid-year"));
        }
        refuseNul(notice, noticeField);
        CalendarVersions versions;
        try {
            versions = administration.loadHolidayNotice(actor(), name, year, notice, reason);
        } catch (CalendarFileException malformed) {
            throw malformed(malformed, noticeField);
        }
        return created(name, versions);
    }

    /**
     * Checks the name, the fields ({@code validate}) and {@code effectiveFrom} against the
     * latest version, reads the document, then adds it: 201 with the calendar's versions.
     */
    private Response add(String name, Instant from, String reason, String document, String documentField,
                         Runnable validate) {
        Actor actor = actor();
        if (!name.matches(NAME)) {
            throw ApiException.invalid(FieldError.keyed("name", "field.invalid-calendar-name"));
        }
        validate.run();
        latest(actor, name).filter(latest -> !from.isAfter(latest)).ifPresent(latest -> {
            throw ApiException.invalid(FieldError.keyed("effectiveFrom", "field.effective-from-not-after", latest));
        });
        BusinessCalendar calendar = read(document, documentField);
        CalendarVersions versions = administration.addCalendarVersion(actor, name, from, calendar, reason);
        return created(name, versions);
    }

    /** 201 with the calendar's versions and its location. */
    private static Response created(String name, CalendarVersions versions) {
        URI location = UriBuilder.fromPath(ApiPaths.CALENDARS.substring(1)).path(name).build();
        return Response.created(location).entity(CalendarJson.of(name, versions, null)).build();
    }

    /** When the latest version of the calendar took effect; empty for a new calendar or its first version. */
    private Optional<Instant> latest(Actor actor, String name) {
        try {
            Instant latest = administration.calendar(actor, name).versions().lastKey();
            return latest.equals(Instant.MIN) ? Optional.empty() : Optional.of(latest);
        } catch (CalendarNotFoundException first) {
            return Optional.empty();
        }
    }

    private static BusinessCalendar read(String document, String field) {
        refuseNul(document, field);
        try {
            return CalendarDocument.read(document);
        } catch (CalendarFileException malformed) {
            throw malformed(malformed, field);
        }
    }

    /** A text body with the NUL character, which no database stores, is refused naming {@code field}. */
    private static void refuseNul(String text, String field) {
        if (text.indexOf('\u0000') >= 0) {
            throw ApiException.invalid(FieldError.keyed(field, NulCharacterFilter.MESSAGE));
        }
    }

    private static ApiException malformed(CalendarFileException malformed, String field) {
        return ApiException.malformedCalendar(field, malformed.line(), malformed.column(), malformed.problem());
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw ApiException.invalid(FieldError.keyed("date", "field.invalid-date"));
        }
    }
}
