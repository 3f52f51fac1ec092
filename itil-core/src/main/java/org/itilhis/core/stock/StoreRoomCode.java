package org.itilhis.core.stock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The code of a store room where stock is held ({@code IT-STORE-B1}, {@code WARD-5E-CUPBOARD}):
 * the same form as a {@link StockItemCode}.
 */
public record StoreRoomCode(String value) implements Comparable<StoreRoomCode> {
    public StoreRoomCode {
        checkNotNull(value, "value");
        value = value.strip();
        checkArgument(StockItemCode.FORM.matcher(value).matches(), "not a store room code: %s", value);
    }

    public static StoreRoomCode of(String value) {
        return new StoreRoomCode(value);
    }

    public static boolean isValid(String value) {
        return StockItemCode.isValid(value);
    }

    /** By code, as text. */
    @Override
    public int compareTo(StoreRoomCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
