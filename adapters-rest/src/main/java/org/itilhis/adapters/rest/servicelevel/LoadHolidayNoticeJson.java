package org.itilhis.adapters.rest.servicelevel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/calendars/{name}/notices} as JSON: one year's official holiday
 * arrangement (the State Council's notice) in the calendar file format, {@code HOLIDAY} and
 * {@code WORKDAY} lines of that year only ({@code 2027-02-05..2027-02-13 HOLIDAY 春节}). The
 * same can be sent as {@code text/plain} with {@code year} and {@code reason} as query parameters.
 */
public record LoadHolidayNoticeJson(@NotNull Integer year, @NotBlank @Size(max = 500) String reason,
                                    @NotBlank @Size(max = 20_000) String notice) {
}
