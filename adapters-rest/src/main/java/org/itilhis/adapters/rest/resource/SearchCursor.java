package org.itilhis.adapters.rest.resource;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import org.itilhis.adapters.rest.problem.ApiException;
import org.itilhis.adapters.rest.problem.FieldError;
import org.itilhis.core.priority.Priority;
import org.itilhis.ports.in.TicketView;

/**
 * Where a page of search results ended, as a key of the work queue order (priority, then
 * raised at, then number) rather than an offset, so that tickets raised or closed meanwhile
 * neither repeat nor skip results. Sent to clients as an opaque URL-safe token.
 */
record SearchCursor(Priority priority, Instant raisedAt, String number) {
    /** The order the query port returns tickets in ({@code WorkQueueOrder}), on views. */
    static final Comparator<TicketView> ORDER = Comparator.comparing(TicketView::priority)
            .thenComparing(TicketView::raisedAt)
            .thenComparing(view -> view.number().toString());

    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();

    SearchCursor {
        checkNotNull(priority, "priority");
        checkNotNull(raisedAt, "raisedAt");
        checkNotNull(number, "number");
    }

    static SearchCursor after(TicketView last) {
        return new SearchCursor(last.priority(), last.raisedAt(), last.number().toString());
    }

    /** Whether {@code view} comes after this cursor in the order. */
    boolean precedes(TicketView view) {
        int byPriority = view.priority().compareTo(priority);
        if (byPriority != 0) {
            return byPriority > 0;
        }
        int byAge = view.raisedAt().compareTo(raisedAt);
        return byAge != 0 ? byAge > 0 : view.number().toString().compareTo(number) > 0;
    }

    String token() {
        String text = "1|" + priority + "|" + raisedAt + "|" + number;
        return TOKEN.encode(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ApiException (400) for a token this server did not issue */
    static SearchCursor parse(String token) {
        try {
            String[] parts = new String(TOKEN.decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 4 || !parts[0].equals("1")) {
                throw invalid();
            }
            return new SearchCursor(Priority.valueOf(parts[1]), Instant.parse(parts[2]), parts[3]);
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid(FieldError.keyed("cursor", "field.invalid-cursor"));
    }
}
