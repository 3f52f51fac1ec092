package org.itilhis.adapters.rest.resource;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.itilhis.adapters.rest.json.CalendarJson;
import org.itilhis.adapters.rest.problem.ApiException;
import org.itilhis.adapters.rest.problem.FieldError;
import org.itilhis.ports.in.SlaAdministration;

/**
 * The business calendars SLA clocks are measured in: their names, the versions of one (with
 * the working periods of a given date, {@code ?date=2026-02-14}), and a new version in force
 * from a given instant. Reading needs VIEW_SLA, adding MANAGE_SLA.
 */
@Singleton
@Path(ApiPaths.CALENDARS)
@Produces(MediaType.APPLICATION_JSON)
public final class CalendarResource extends ResourceSupport {
    private final SlaAdministration administration;

    public CalendarResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), Resources.serviceLevels(configuration));
    }

    CalendarResource(Resources.Dependencies ports, Resources.ServiceLevelDependencies levels) {
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
