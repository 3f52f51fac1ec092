package org.itilhis.adapters.rest.configuration;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import org.itilhis.adapters.rest.common.SearchCursor;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.ports.configuration.in.CiSearch;
import org.itilhis.ports.configuration.in.CiView;

/**
 * Where a page of the CMDB lookup ended: the asset tag of its last item, after which the next
 * page continues ({@link CiSearch#after(AssetTag)}, keyset pagination as {@link SearchCursor}
 * does for tickets), so a lookup pages to its last match however many there are. Sent as an
 * opaque URL-safe token of {@code c1|SRV-HIS-01}; the {@code c} keeps it apart from ticket
 * cursors, so neither kind is accepted in place of the other.
 */
record CiCursor(AssetTag position) {
    private static final String VERSION = "c1";
    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();

    CiCursor {
        checkNotNull(position, "position");
    }

    static CiCursor after(CiView last) {
        return new CiCursor(last.assetTag());
    }

    String token() {
        return TOKEN.encode((VERSION + "|" + position.value()).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ApiException (400) for a token this server did not issue */
    static CiCursor parse(String token) {
        try {
            // An asset tag may itself hold '|': only the first one separates.
            String[] parts = new String(TOKEN.decode(token), StandardCharsets.UTF_8).split("\\|", 2);
            if (parts.length != 2 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            return new CiCursor(AssetTag.of(parts[1]));
        } catch (IllegalArgumentException malformed) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid(FieldError.keyed("cursor", "field.invalid-cursor"));
    }
}
