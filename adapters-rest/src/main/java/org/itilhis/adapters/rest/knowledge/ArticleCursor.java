package org.itilhis.adapters.rest.knowledge;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.knowledge.ArticleNumber;

/**
 * Where a page of articles ended: the number of its last article, after which the query port
 * continues (articles come by number). A key rather than an offset, so that articles written
 * meanwhile neither repeat nor skip results. Sent to clients as an opaque URL-safe token of a
 * versioned text, {@code 1|KB-2026-000042}.
 */
record ArticleCursor(ArticleNumber after) {
    private static final String VERSION = "1";
    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();

    ArticleCursor {
        checkNotNull(after, "after");
    }

    String token() {
        return TOKEN.encode((VERSION + "|" + after).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ApiException (400) for a token this server did not issue */
    static ArticleCursor parse(String token) {
        try {
            String[] parts = new String(TOKEN.decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 2 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            return new ArticleCursor(ArticleNumber.parse(parts[1]));
        } catch (IllegalArgumentException malformed) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid(FieldError.keyed("cursor", "field.invalid-cursor"));
    }
}
