package org.itilhis.adapters.rest.operations;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.backup.BackupRunId;
import org.itilhis.core.backup.BackupRunPosition;

/**
 * Where a page of a job's runs ended, as an opaque URL-safe token of a versioned text ({@code
 * 1|2026-03-03T18:00:05Z|<run id>}): a key, not an offset, so that runs recorded meanwhile neither
 * repeat nor skip others.
 */
final class RunCursor {
    private static final String VERSION = "1";
    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();

    private RunCursor() {
    }

    static String token(BackupRunPosition position) {
        String text = String.join("|", VERSION, position.startedAt().toString(), position.id().toString());
        return TOKEN.encode(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ApiException (400) for a token this server did not issue */
    static Optional<BackupRunPosition> parse(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(TOKEN.decode(token.strip()), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            return Optional.of(new BackupRunPosition(Instant.parse(parts[1]), BackupRunId.parse(parts[2])));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid(FieldError.keyed("cursor", "field.invalid-cursor"));
    }
}
