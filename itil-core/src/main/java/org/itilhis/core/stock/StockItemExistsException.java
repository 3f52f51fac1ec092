package org.itilhis.core.stock;

import org.itilhis.core.shared.DomainException;

/** A new stock item or store room whose code is taken. */
public final class StockItemExistsException extends DomainException {
    private StockItemExistsException(String code, Object value) {
        super(code, value);
    }

    public static StockItemExistsException item(StockItemCode code) {
        return new StockItemExistsException("stock.item-exists", code);
    }

    public static StockItemExistsException storeRoom(StoreRoomCode code) {
        return new StockItemExistsException("stock.store-room-exists", code);
    }
}
