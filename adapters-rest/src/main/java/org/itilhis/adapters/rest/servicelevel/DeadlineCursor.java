package org.itilhis.adapters.rest.servicelevel;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.itilhis.adapters.rest.common.SearchCursor;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.servicelevel.in.DeadlinePosition;

/**
 * Where a page of the service-level work queue ended: the {@link DeadlinePosition} of its last
 * ticket (priority, resolution deadline, number), after which the next page continues (keyset
 * pagination, as {@link SearchCursor} does for the plain queue). Sent as an opaque URL-safe
 * token of {@code d1|P2|2026-03-02T04:00:00Z|INC-2026-000042}; the {@code d} keeps it apart from
 * search cursors, so neither kind is accepted in place of the other.
 */
record DeadlineCursor(DeadlinePosition position) {
    private static final String VERSION = "d1";
    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();

    DeadlineCursor {
        checkNotNull(position, "position");
    }

    String token() {
        String text = String.join("|", VERSION, position.priority().name(), position.deadline().toString(),
                position.number().toString());
        return TOKEN.encode(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ApiException (400) for a token this server did not issue */
    static DeadlineCursor parse(String token) {
        try {
            String[] parts = new String(TOKEN.decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 4 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            return new DeadlineCursor(new DeadlinePosition(Priority.valueOf(parts[1]), Instant.parse(parts[2]),
                    TicketNumber.parse(parts[3])));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid(FieldError.keyed("cursor", "field.invalid-cursor"));
    }
}
