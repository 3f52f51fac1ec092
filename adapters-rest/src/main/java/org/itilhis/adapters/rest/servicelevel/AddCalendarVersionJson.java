package org.itilhis.adapters.rest.servicelevel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/calendars/{name}/versions} as JSON: a new version of the calendar, in
 * force from {@code effectiveFrom} (an ISO-8601 instant, {@code 2027-01-01T00:00:00+08:00}),
 * described by a calendar document ({@code NAME}, {@code ZONE}, {@code WEEKLY},
 * {@code STANDARD_DAY} and date rule lines). The same can be sent as {@code text/plain} with
 * {@code effectiveFrom} and {@code reason} as query parameters.
 */
public record AddCalendarVersionJson(@NotNull String effectiveFrom, @NotBlank @Size(max = 500) String reason,
                                     @NotBlank String document) {
}
