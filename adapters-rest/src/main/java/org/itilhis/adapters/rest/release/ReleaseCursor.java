package org.itilhis.adapters.rest.release;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.release.ReleaseNumber;

/** Where the next page of a release search starts: after a release number, as an opaque token. */
record ReleaseCursor(ReleaseNumber after) {
    private static final String VERSION = "1";
    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();

    ReleaseCursor {
        checkNotNull(after, "after");
    }

    String token() {
        return TOKEN.encode((VERSION + "|" + after).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ApiException (400) for a token this server did not issue */
    static ReleaseCursor parse(String token) {
        try {
            String[] parts = new String(TOKEN.decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 2 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            return new ReleaseCursor(ReleaseNumber.parse(parts[1]));
        } catch (IllegalArgumentException malformed) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid(FieldError.keyed("cursor", "field.invalid-cursor"));
    }
}
