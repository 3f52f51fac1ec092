package org.itilhis.ports.operations.in;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.stock.StockMovementId;

/** No such stock movement. */
public final class StockMovementNotFoundException extends DomainException {
    public StockMovementNotFoundException(StockMovementId code) {
        super("stock.movement.not-found", code);
    }
}
