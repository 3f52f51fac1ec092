package org.itilhis.adapters.rest.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.inspection.RoundId;
import org.itilhis.ports.operations.in.RoundView;

/**
 * Where a page of a group's rounds ended: the due time and id of its last round, after which the
 * next page continues in the rounds' order (due time, then id), asking the queries from that due
 * time on: a key rather than an offset, so that rounds made meanwhile neither repeat nor skip
 * others. Sent as an opaque URL-safe token of {@code r1|2026-03-02T00:00:00Z|<id>}; the {@code r}
 * keeps it apart from the other cursors of the API.
 */
record RoundCursor(Instant due, RoundId id) {
    private static final String VERSION = "r1";
    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();

    RoundCursor {
        checkNotNull(due, "due");
        checkNotNull(id, "id");
    }

    static RoundCursor after(RoundView last) {
        return new RoundCursor(last.state().due(), last.id());
    }

    /** Whether {@code round} comes after this cursor's round in the rounds' order. */
    boolean precedes(RoundView round) {
        int byDue = round.state().due().compareTo(due);
        return byDue > 0 || byDue == 0 && round.id().toString().compareTo(id.toString()) > 0;
    }

    String token() {
        return TOKEN.encode((VERSION + "|" + due + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ApiException (400) for a token this server did not issue */
    static RoundCursor parse(String token) {
        try {
            String[] parts = new String(TOKEN.decode(token.strip()), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            return new RoundCursor(Instant.parse(parts[1]), RoundId.parse(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid(FieldError.keyed("cursor", "field.invalid-cursor"));
    }
}
