package org.itilhis.core.stock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One line of an item's ledger: a movement and its position, which grows with every movement
 * recorded (so the ledger reads in the order things happened, and pages by position).
 */
public record StockLedgerEntry(long position, StockMovement movement) {
    public StockLedgerEntry {
        checkArgument(position > 0, "position %s is not positive", position);
        checkNotNull(movement, "movement");
    }
}
