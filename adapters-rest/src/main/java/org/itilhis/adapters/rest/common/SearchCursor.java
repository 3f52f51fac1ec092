package org.itilhis.adapters.rest.common;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * Where a page of search results ended: the {@link QueuePosition} of its last ticket in the
 * work-queue order (priority, then raised at, then number), after which the query port
 * continues. A key rather than an offset, so that tickets raised or closed meanwhile neither
 * repeat nor skip results, and a search pages to its end however many tickets match.
 *
 * <p>Sent to clients as an opaque URL-safe token of a versioned text,
 * {@code 2|P2|2026-03-02T08:15:30.123456789Z|INC-2026-000042}. Version 1 tokens (positions
 * within the first 500 matches, numbers compared as text) are refused like any token this
 * server did not issue.
 */
public record SearchCursor(QueuePosition position) {
    private static final String VERSION = "2";
    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();

    public SearchCursor {
        checkNotNull(position, "position");
    }

    public static SearchCursor after(TicketView last) {
        return new SearchCursor(QueuePosition.of(last));
    }

    public String token() {
        String text = String.join("|", VERSION, position.priority().name(), position.raisedAt().toString(),
                position.number().toString());
        return TOKEN.encode(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ApiException (400) for a token this server did not issue */
    public static SearchCursor parse(String token) {
        try {
            String[] parts = new String(TOKEN.decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 4 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            return new SearchCursor(new QueuePosition(Priority.valueOf(parts[1]), Instant.parse(parts[2]),
                    TicketNumber.parse(parts[3])));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid(FieldError.keyed("cursor", "field.invalid-cursor"));
    }
}
