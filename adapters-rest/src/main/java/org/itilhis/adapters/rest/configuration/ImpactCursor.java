package org.itilhis.adapters.rest.configuration;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;

/**
 * Where a page of an impact answer ended: the position of the next affected item in the
 * report's order (failed items first, then nearest first). An impact is worked out again for
 * every page on the graph of the moment, so a position, not a key, is what a page can continue
 * from; a change of the CMDB between two pages may shift the list. Sent as an opaque URL-safe
 * token of {@code i1|100}; the {@code i} keeps it apart from the other cursors of the API.
 */
record ImpactCursor(int offset) {
    private static final String VERSION = "i1";
    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();

    ImpactCursor {
        checkArgument(offset > 0, "a next page starts after the first item: %s", offset);
    }

    String token() {
        return TOKEN.encode((VERSION + "|" + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ApiException (400) for a token this server did not issue */
    static ImpactCursor parse(String token) {
        try {
            String[] parts = new String(TOKEN.decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 2 || !parts[0].equals(VERSION) || !parts[1].matches("[1-9][0-9]{0,8}")) {
                throw invalid();
            }
            return new ImpactCursor(Integer.parseInt(parts[1]));
        } catch (IllegalArgumentException malformed) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid(FieldError.keyed("cursor", "field.invalid-cursor"));
    }
}
