package org.itilhis.ports.operations.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.stock.StockItem;
import org.itilhis.core.stock.StockItemCode;

/**
 * The stock items, each at its current version. {@code org.itilhis.testkit.contract.StockItemRepositoryContract}
 * checks an implementation.
 */
public interface StockItemRepository {
    Optional<StockItem> find(StockItemCode code);

    /** Every item, by code. */
    List<StockItem> all();

    /**
     * Stores {@code item}: a new one at version 1, or the version after the stored one.
     *
     * @throws org.itilhis.core.shared.VersionConflictException if the stored version is not the one before
     *         (for a new item: the code is taken)
     */
    void save(StockItem item);
}
