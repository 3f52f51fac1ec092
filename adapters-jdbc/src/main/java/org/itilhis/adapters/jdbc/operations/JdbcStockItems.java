package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.core.stock.StockItem;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.ports.operations.out.StockItemRepository;

/** The stock items in {@code stock_item}: each whole as JSON under its code, at its version. */
public final class JdbcStockItems implements StockItemRepository {
    private final VersionedDefinitions<StockItem> items;

    JdbcStockItems(JdbcStoreParts parts) {
        this.items = new VersionedDefinitions<>(parts.transactions(), parts.dialect(), parts.codec(), "stock_item",
                "stock-item", StockItem.class);
    }

    @Override
    public Optional<StockItem> find(StockItemCode code) {
        return items.find(checkNotNull(code, "code").value());
    }

    @Override
    public List<StockItem> all() {
        return items.all();
    }

    @Override
    public void save(StockItem item) {
        checkNotNull(item, "item");
        items.save(item.code().value(), item.version(), item);
    }
}
