package org.itilhis.adapters.rest.operations;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StoreRoomCode;

/**
 * What the stock's resources read from paths, headers and query parameters: codes (400 naming
 * the field), the {@code If-Match} of an item or room (428, 400, then 404, then 412, as the
 * API's other records), and the ledger's cursor, an opaque token of the last position read.
 */
final class StockValues {
    private static final BaseEncoding TOKEN = BaseEncoding.base64Url().omitPadding();
    private static final String CURSOR = "stock-ledger|";

    private StockValues() {
    }

    /** @throws ApiException (400) naming {@code field} unless {@code code} is an item's code */
    static StockItemCode item(String field, String code) {
        return require(field, code, StockItemCode::of);
    }

    /** @throws ApiException (400) naming {@code field} unless {@code code} is a store room's code */
    static StoreRoomCode room(String field, String code) {
        return require(field, code, StoreRoomCode::of);
    }

    private static <T> T require(String field, String value, Function<String, T> parse) {
        try {
            if (value != null) {
                return parse.apply(value);
            }
        } catch (IllegalArgumentException invalid) {
            throw ApiException.invalid(FieldError.keyed(field, "field.invalid-stock-code"));
        }
        throw ApiException.invalid(FieldError.keyed(field, "field.required"));
    }

    static StaffId staff(String field, String id, Fields fields) {
        return fields.id(field, id, StaffId::of);
    }

    /** The thresholds as sent, or none. */
    static Map<String, Long> thresholds(Map<String, Long> sent) {
        return sent == null ? Map.of() : sent;
    }

    static String cursorAfter(long position) {
        return TOKEN.encode((CURSOR + position).getBytes(StandardCharsets.UTF_8));
    }

    /** 0 without a cursor; else the position it names. @throws ApiException (400) for a token this server did not issue */
    static long positionOf(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String text = new String(TOKEN.decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(CURSOR)) {
                long position = Long.parseLong(text.substring(CURSOR.length()));
                if (position > 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // answered below
        }
        throw ApiException.invalid(FieldError.keyed("cursor", "field.invalid-cursor"));
    }
}
