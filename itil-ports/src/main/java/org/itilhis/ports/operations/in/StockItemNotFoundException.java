package org.itilhis.ports.operations.in;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.stock.StockItemCode;

/** No such stock item. */
public final class StockItemNotFoundException extends DomainException {
    public StockItemNotFoundException(StockItemCode code) {
        super("stock.item.not-found", code);
    }
}
