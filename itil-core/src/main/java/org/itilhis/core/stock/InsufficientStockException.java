package org.itilhis.core.stock;

import org.itilhis.core.shared.DomainException;

/**
 * An issue or transfer of more than the store room holds: the running balance never goes below
 * zero, so it is refused, naming the item, the room, what is held and what was asked.
 */
public final class InsufficientStockException extends DomainException {
    private final long held;

    public InsufficientStockException(StockItemCode item, StoreRoomCode room, long held, long asked) {
        super("stock.insufficient", item, room, held, asked);
        this.held = held;
    }

    public long held() {
        return held;
    }
}
