package org.itilhis.adapters.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.itilhis.core.calendar.MissingArrangement;
import org.itilhis.core.shared.Messages;

/**
 * {@code GET /api/v1/health}: {@code UP} while the API answers, {@code OVERLOADED} while the
 * server turns requests away (503 with {@code Retry-After}; it did in the last ten seconds),
 * and the warnings that need someone's attention without stopping it (never personal data:
 * the endpoint is public).
 */
public record HealthJson(String status, List<HealthWarningJson> warnings) {
    public static HealthJson of(boolean overloaded, List<MissingArrangement> missing, Locale locale) {
        return of(overloaded, missing, List.of(), locale);
    }

    /** With the warnings of the notification relay's subscribers after the calendars'. */
    public static HealthJson of(boolean overloaded, List<MissingArrangement> missing,
                                List<HealthWarningJson> relay, Locale locale) {
        List<HealthWarningJson> warnings = new ArrayList<>();
        missing.forEach(m -> warnings.add(HealthWarningJson.of(m, locale)));
        warnings.addAll(relay);
        return new HealthJson(overloaded ? "OVERLOADED" : "UP", List.copyOf(warnings));
    }

    /**
     * A warning. A business calendar lacks a year's official holiday arrangement ({@code
     * calendar.arrangement-not-loaded}): figures over that year are provisional until its notice
     * is loaded ({@code POST /api/v1/calendars/{name}/notices}). A subscriber of the notification
     * relay has dead letters ({@code relay.dead-letters}) or is far behind the event log ({@code
     * relay.behind}). Only the fields of its kind are present.
     *
     * @param code        what the warning is about
     * @param calendar    the name the calendar is stored under
     * @param arrangement the id of the statutory holidays it follows ({@code china-mainland})
     * @param message     "the China mainland arrangement for 2027 is not loaded", in the reader's language
     * @param subscriber  the relay's subscriber ({@code email}, {@code webhook:7f3c...})
     * @param behind      how many events (positions) the subscriber is behind the head of the log
     * @param deadLetters how many dead letters it has
     */
    public record HealthWarningJson(String code, String calendar, String arrangement, Integer year, String message,
                                    String subscriber, Long behind, Long deadLetters) {
        static HealthWarningJson of(MissingArrangement m, Locale locale) {
            return new HealthWarningJson("calendar.arrangement-not-loaded", m.calendar(), m.holidays().id(), m.year(),
                    m.messageIn(locale), null, null, null);
        }

        /** The subscriber has dead letters waiting to be replayed or skipped. */
        static HealthWarningJson deadLetters(String subscriber, long behind, long deadLetters, Locale locale) {
            return new HealthWarningJson("relay.dead-letters", null, null, null,
                    Messages.format("relay.dead-letters-waiting", locale, subscriber, deadLetters), subscriber,
                    behind, deadLetters);
        }

        /** The subscriber is more events behind the head of the log than the health endpoint tolerates. */
        static HealthWarningJson behind(String subscriber, long behind, long deadLetters, Locale locale) {
            return new HealthWarningJson("relay.behind", null, null, null,
                    Messages.format("relay.subscriber-behind", locale, subscriber, behind), subscriber, behind,
                    deadLetters);
        }
    }
}
