package org.itilhis.adapters.rest;

import java.util.List;
import java.util.Locale;
import org.itilhis.core.calendar.MissingArrangement;

/**
 * {@code GET /api/v1/health}: {@code UP} while the API answers, {@code OVERLOADED} while the
 * server turns requests away (503 with {@code Retry-After}; it did in the last ten seconds),
 * and the warnings that need someone's attention without stopping it (never personal data:
 * the endpoint is public).
 */
public record HealthJson(String status, List<HealthWarningJson> warnings) {
    public static HealthJson of(boolean overloaded, List<MissingArrangement> missing, Locale locale) {
        return new HealthJson(overloaded ? "OVERLOADED" : "UP",
                missing.stream().map(m -> HealthWarningJson.of(m, locale)).toList());
    }

    /**
     * A business calendar lacks a year's official holiday arrangement: figures over that year
     * are provisional until its notice is loaded ({@code POST /api/v1/calendars/{name}/notices}).
     *
     * @param code        {@code calendar.arrangement-not-loaded}
     * @param calendar    the name the calendar is stored under
     * @param arrangement the id of the statutory holidays it follows ({@code china-mainland})
     * @param message     "the China mainland arrangement for 2027 is not loaded", in the reader's language
     */
    public record HealthWarningJson(String code, String calendar, String arrangement, int year, String message) {
        static HealthWarningJson of(MissingArrangement m, Locale locale) {
            return new HealthWarningJson("calendar.arrangement-not-loaded", m.calendar(), m.holidays().id(), m.year(),
                    m.messageIn(locale));
        }
    }
}
