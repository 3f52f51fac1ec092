package org.itilhis.adapters.rest.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.repair.RepairId;
import org.itilhis.ports.operations.in.RepairSearch;

/** Where the next page of repairs starts: after a repair's opening time and id, as an opaque token. */
record RepairCursor(RepairSearch.Position after) {
    private static final String VERSION = "1";
    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();

    RepairCursor {
        checkNotNull(after, "after");
    }

    String token() {
        return TOKEN.encode((VERSION + "|" + after.openedAt() + "|" + after.id()).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ApiException (400) for a token this server did not issue */
    static RepairCursor parse(String token) {
        try {
            String[] parts = new String(TOKEN.decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            return new RepairCursor(new RepairSearch.Position(Instant.parse(parts[1]), RepairId.parse(parts[2])));
        } catch (IllegalArgumentException | DateTimeException malformed) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid(FieldError.keyed("cursor", "field.invalid-cursor"));
    }
}
