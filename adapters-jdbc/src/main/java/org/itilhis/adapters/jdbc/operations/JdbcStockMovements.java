package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableMap;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SqlValues;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StockLedgerEntry;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.core.stock.StockMovementId;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.operations.out.StockMovements;

/**
 * The stock ledger in {@code stock_movement}: one row per movement, appended and never changed,
 * its {@code position} from the table's identity column, the movement whole as JSON (read back
 * by its type, as the event log reads events) beside the columns the ledger and the consumption
 * figures filter and sum on (item, kind, department, quantity, time). Positions are given when a
 * movement is inserted, so one committed late may sit before a page already read: the ledger is
 * for people reading an item's history, not a feed to follow.
 */
public final class JdbcStockMovements implements StockMovements {
    private static final String ISSUED = "stock.issued";
    /** Each movement's record by its type name, which the kind column holds. */
    private static final ImmutableMap<String, Class<? extends StockMovement>> KINDS = kinds();

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    JdbcStockMovements(JdbcStoreParts parts) {
        this.transactions = checkNotNull(parts, "parts").transactions();
        this.dialect = parts.dialect();
        this.codec = parts.codec();
    }

    @Override
    public StockMovementId nextId() {
        return new StockMovementId(UUID.randomUUID());
    }

    @Override
    public long append(StockMovement movement) {
        checkNotNull(movement, "movement");
        String json = codec.write(movement);
        Optional<DepartmentId> department = movement instanceof StockMovement.Issued issued ? issued.department()
                : Optional.empty();
        long quantity = movement.accept(new Quantity());
        return transactions.withHandle("recording stock movement " + movement.movementId(), handle -> handle
                .createUpdate("INSERT INTO stock_movement (id, item_code, kind, department, quantity, occurred_at, "
                        + "movement) VALUES (:id, :item, :kind, :department, :quantity, :at, "
                        + dialect.json("movement") + ")")
                .bind("id", dialect.uuid(movement.movementId().value()))
                .bind("item", movement.item().value())
                .bind("kind", movement.type())
                .bind("department", department.map(DepartmentId::value).orElse(null))
                .bind("quantity", quantity)
                .bind("at", SqlValues.utc(movement.occurredAt()))
                .bind("movement", json)
                .executeAndReturnGeneratedKeys("position")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public Optional<StockLedgerEntry> find(StockMovementId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("reading stock movement " + id, handle -> handle
                .createQuery("SELECT position, kind, movement FROM stock_movement WHERE id = :id")
                .bind("id", dialect.uuid(id.value()))
                .map((row, context) -> entry(row))
                .findOne());
    }

    @Override
    public List<StockLedgerEntry> ofItem(StockItemCode item, long after, int limit) {
        checkNotNull(item, "item");
        checkArgument(limit > 0, "limit %s", limit);
        return transactions.withHandle("reading the ledger of " + item, handle -> handle
                .createQuery("SELECT position, kind, movement FROM stock_movement WHERE item_code = :item "
                        + "AND position > :after ORDER BY position LIMIT :limit")
                .bind("item", item.value())
                .bind("after", after)
                .bind("limit", limit)
                .map((row, context) -> entry(row))
                .list());
    }

    @Override
    public List<Usage> issuedPerDepartment(Instant from, Instant to) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        return transactions.withHandle("summing the stock issued from " + from + " to " + to, handle -> handle
                .createQuery("SELECT department, item_code, SUM(quantity) AS used FROM stock_movement "
                        + "WHERE kind = :kind AND department IS NOT NULL AND occurred_at >= " + dialect.timestamp("from")
                        + " AND occurred_at < " + dialect.timestamp("to")
                        + " GROUP BY department, item_code ORDER BY department, item_code")
                .bind("kind", ISSUED)
                .bind("from", SqlValues.utc(from))
                .bind("to", SqlValues.utc(to))
                .map((row, context) -> new Usage(DepartmentId.of(row.getString("department")),
                        StockItemCode.of(row.getString("item_code")), row.getLong("used")))
                .list());
    }

    private StockLedgerEntry entry(ResultSet row) throws SQLException {
        String kind = row.getString("kind");
        Class<? extends StockMovement> type = KINDS.get(kind);
        if (type == null) {
            throw new StorageException("unknown stock movement " + kind + " in the ledger", null);
        }
        return new StockLedgerEntry(row.getLong("position"), codec.read(row.getString("movement"), type));
    }

    @SuppressWarnings("unchecked")
    private static ImmutableMap<String, Class<? extends StockMovement>> kinds() {
        ImmutableMap.Builder<String, Class<? extends StockMovement>> kinds = ImmutableMap.builder();
        for (Class<?> type : StockMovement.class.getPermittedSubclasses()) {
            kinds.put("stock." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, type.getSimpleName()),
                    (Class<? extends StockMovement>) type);
        }
        return kinds.buildOrThrow();
    }

    /** The quantity a movement moved, or counted. */
    private static final class Quantity implements StockMovement.Visitor<Long> {
        @Override
        public Long received(StockMovement.Received e) {
            return e.quantity();
        }

        @Override
        public Long issued(StockMovement.Issued e) {
            return e.quantity();
        }

        @Override
        public Long transferred(StockMovement.Transferred e) {
            return e.quantity();
        }

        @Override
        public Long counted(StockMovement.Counted e) {
            return e.counted();
        }
    }
}
