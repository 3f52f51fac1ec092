package org.itilhis.core.stock;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of one stock movement, from {@code StockMovements.nextId()}. */
public record StockMovementId(UUID value) {
    public StockMovementId {
        checkNotNull(value, "value");
    }

    public static StockMovementId parse(String text) {
        return new StockMovementId(UUID.fromString(checkNotNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
