package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SnapshotTable;
import org.itilhis.adapters.jdbc.common.WhereClause;
import org.itilhis.core.repair.Repair;
import org.itilhis.core.repair.RepairId;
import org.itilhis.core.repair.RepairSnapshot;
import org.itilhis.core.repair.RepairStatus;
import org.itilhis.ports.operations.in.RepairSearch;
import org.itilhis.ports.operations.out.RepairRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Repairs in the {@code repair_record} table: the item, status, opening time and downtime beside
 * the whole {@link RepairSnapshot} as JSON, from which repairs are restored; optimistic locking as
 * every snapshot table ({@link SnapshotTable}, kind {@code repair}; a repair has no number of its
 * own, its id serves as one in conflicts).
 */
public final class JdbcRepairRepository implements RepairRepository {
    private static final List<String> ORDER = List.of("opened_at", "id");
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final SnapshotTable table;

    public JdbcRepairRepository(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.table = new SnapshotTable("repair_record", "repair", dialect);
    }

    @Override
    public RepairId nextId() {
        return new RepairId(UUID.randomUUID());
    }

    @Override
    public Optional<Repair> find(RepairId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding repair " + id, handle -> table.snapshotById(handle, id.value())
                .map(this::restore));
    }

    @Override
    public void save(Repair repair) {
        checkNotNull(repair, "repair");
        RepairSnapshot next = repair.snapshot();
        long expected = next.version() - repair.pendingEvents().size();
        transactions.withHandle("saving repair " + next.id(), handle -> {
            if (expected == 0) {
                insert(handle, next);
            } else {
                table.update(handle, bind(handle.createUpdate(table.updateSql(
                                "status = :status, is_open = :is_open, downtime_end = :downtime_end")), next),
                        next.id().value(), next.id().toString(), expected);
            }
            return null;
        });
    }

    private void insert(Handle handle, RepairSnapshot next) {
        table.insert(handle, bind(handle.createUpdate(dialect.insertSkippingDuplicates(
                "INSERT INTO repair_record (id, ci_id, status, is_open, opened_at, downtime_start, downtime_end, "
                        + "version, snapshot) VALUES (:id, :ci_id, :status, :is_open, :opened_at, :downtime_start, "
                        + ":downtime_end, :version, " + dialect.json("snapshot") + ")"))
                .bind("id", dialect.uuid(next.id().value()))
                .bind("ci_id", dialect.uuid(next.opening().ci().value()))
                .bind("opened_at", utc(next.openedAt()))
                .bind("downtime_start", utc(next.opening().downtimeStart())), next), next.id().value(),
                next.id().toString());
    }

    private Update bind(Update update, RepairSnapshot next) {
        Update bound = update.bind("status", next.status().name())
                .bind("is_open", !next.status().isTerminal())
                .bind("version", next.version())
                .bind("snapshot", codec.write(next));
        return next.downtimeEnd().isPresent() ? bound.bind("downtime_end", utc(next.downtimeEnd().get()))
                : bound.bindNull("downtime_end", Types.TIMESTAMP);
    }

    @Override
    public List<Repair> search(RepairSearch search) {
        checkNotNull(search, "search");
        WhereClause where = new WhereClause();
        search.ci().ifPresent(ci -> where.add("ci_id = :ci", q -> q.bind("ci", dialect.uuid(ci.value()))));
        if (search.openOnly()) {
            where.add("is_open = :open", q -> q.bind("open", true));
        }
        search.after().ifPresent(position -> where.add(
                dialect.rowsAfter(ORDER, List.of(dialect.timestamp("after_opened_at"), ":after_id")),
                q -> q.bind("after_opened_at", utc(position.openedAt()))
                        .bind("after_id", dialect.uuid(position.id().value()))));
        return transactions.withHandle("searching repairs", handle -> where.bindTo(handle.createQuery(
                        "SELECT snapshot FROM repair_record" + where.sql() + " ORDER BY opened_at, id LIMIT :limit")
                        .bind("limit", search.limit()))
                .mapTo(String.class).map(this::restore).list());
    }

    @Override
    public List<Repair> downOverlapping(Instant from, Instant to) {
        return transactions.withHandle("reading the repairs' downtime", handle -> handle.createQuery(
                        "SELECT snapshot FROM repair_record WHERE status <> :cancelled AND downtime_start < "
                                + dialect.timestamp("to") + " AND (downtime_end IS NULL OR downtime_end > "
                                + dialect.timestamp("from") + ") ORDER BY downtime_start, id")
                .bind("cancelled", RepairStatus.CANCELLED.name())
                .bind("from", utc(checkNotNull(from, "from")))
                .bind("to", utc(checkNotNull(to, "to")))
                .mapTo(String.class).map(this::restore).list());
    }

    @Override
    public List<Repair> openedBetween(Instant from, Instant to) {
        return transactions.withHandle("reading the repairs opened in a period", handle -> handle.createQuery(
                        "SELECT snapshot FROM repair_record WHERE opened_at >= " + dialect.timestamp("from")
                                + " AND opened_at < " + dialect.timestamp("to") + " ORDER BY opened_at, id")
                .bind("from", utc(checkNotNull(from, "from")))
                .bind("to", utc(checkNotNull(to, "to")))
                .mapTo(String.class).map(this::restore).list());
    }

    private Repair restore(String snapshot) {
        return Repair.restore(codec.read(snapshot, RepairSnapshot.class));
    }
}
