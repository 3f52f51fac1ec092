package org.itilhis.adapters.rest.change;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.itilhis.adapters.rest.common.ApiJson;
import org.itilhis.adapters.rest.common.Fields;

/** Times sent as text in change requests, converted as the other resources do, each error naming its field. */
final class ChangeTimes {
    private ChangeTimes() {
    }

    /** An ISO-8601 instant with offset; {@code null} stays {@code null}. */
    static Instant instant(String field, String text, Fields fields) {
        if (text == null) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(text.strip()).toInstant();
            if (instant.isBefore(ApiJson.EARLIEST) || instant.isAfter(ApiJson.LATEST)) {
                fields.check(false, field, "field.instant-out-of-range");
                return null;
            }
            return instant;
        } catch (DateTimeParseException malformed) {
            fields.check(false, field, "field.invalid-instant");
            return null;
        }
    }

    /** An ISO-8601 duration ({@code PT2H}); {@code null} stays {@code null}. */
    static Duration duration(String field, String text, Fields fields) {
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            fields.check(false, field, "field.invalid-duration");
            return null;
        }
    }
}
