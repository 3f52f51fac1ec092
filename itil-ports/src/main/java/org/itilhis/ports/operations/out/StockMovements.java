package org.itilhis.ports.operations.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StockLedgerEntry;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.core.stock.StockMovementId;

/**
 * The stock ledger: every movement, in the order recorded, for an item's ledger and the
 * consumption figures. Append-only. Checked by {@code StockMovementsContract}.
 */
public interface StockMovements {
    StockMovementId nextId();

    /**
     * Records {@code movement} after every movement recorded before, in the caller's transaction.
     *
     * @return its position in the ledger
     */
    long append(StockMovement movement);

    Optional<StockLedgerEntry> find(StockMovementId id);

    /** {@code item}'s movements after position {@code after}, oldest first, at most {@code limit}. */
    List<StockLedgerEntry> ofItem(StockItemCode item, long after, int limit);

    /**
     * The quantities issued with a department named, per department and item, of the issues from
     * {@code from} (included) to {@code to} (excluded), by department and item.
     */
    List<Usage> issuedPerDepartment(Instant from, Instant to);

    /** {@code quantity} of {@code item} issued as {@code department}'s consumption. */
    record Usage(DepartmentId department, StockItemCode item, long quantity) {
        public Usage {
            checkNotNull(department, "department");
            checkNotNull(item, "item");
            checkArgument(quantity > 0, "used %s", quantity);
        }
    }
}
