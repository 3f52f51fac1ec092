package org.itilhis.adapters.jdbc.change;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SnapshotTable;
import org.itilhis.core.change.CabApproval;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.ChangeRequest;
import org.itilhis.core.change.ChangeSnapshot;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.change.in.ChangeSearch;
import org.itilhis.ports.change.out.ChangeRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Changes in the {@code change_record} table, as problems in theirs ({@code
 * JdbcProblemRepository}): the columns searches and the forward schedule filter and sort on, and
 * the whole {@link ChangeSnapshot} as JSON, from which changes are restored. Saving a changed
 * change is {@code UPDATE ... WHERE id = ? AND version = ?}: when no row matches, someone else
 * saved first and the save fails with a {@link VersionConflictException} carrying the stored
 * version; a new change whose id or number is taken fails the same way. The touched items are
 * rewritten in {@code change_ci} with every save, for the search by item.
 */
public final class JdbcChangeRepository implements ChangeRepository {
    /**
     * How far the forward schedule's query widens the period, so that the microseconds the columns
     * keep (rounded on PostgreSQL and H2, truncated on MariaDB) never leave a change out; the
     * exact overlap is then decided on the snapshot's instants.
     */
    private static final Duration MARGIN = Duration.ofMillis(1);

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final SnapshotTable rows;
    private final String insertSql;
    private final String updateSql;

    public JdbcChangeRepository(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.rows = new SnapshotTable("change_record", "change", dialect);
        this.updateSql = rows.updateSql("status = :status, group_id = :group_id, manager = :manager, "
                + "approval_board = :approval_board, summary = :summary, description = :description, "
                + "window_start = :window_start, window_end = :window_end, updated_at = :updated_at");
        this.insertSql = dialect.insertSkippingDuplicates("INSERT INTO change_record (id, number, number_key, model, "
                + "status, group_id, manager, approval_board, summary, description, window_start, window_end, raised_at, "
                + "updated_at, version, snapshot) VALUES (:id, :number, :number_key, :model, :status, :group_id, "
                + ":manager, :approval_board, :summary, :description, :window_start, :window_end, :raised_at, "
                + ":updated_at, :version, " + dialect.json("snapshot") + ")");
    }

    @Override
    public ChangeId nextId() {
        return new ChangeId(UUID.randomUUID());
    }

    @Override
    public Optional<Change> find(ChangeId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding change " + id,
                handle -> rows.snapshotById(handle, id.value()).map(this::restore));
    }

    @Override
    public Optional<Change> findByNumber(ChangeNumber number) {
        checkNotNull(number, "number");
        return transactions.withHandle("finding change " + number,
                handle -> rows.snapshotByNumber(handle, number.toString()).map(this::restore));
    }

    @Override
    public void save(Change change) {
        checkNotNull(change, "change");
        ChangeSnapshot next = change.snapshot();
        long expected = next.version() - change.pendingEvents().size();
        transactions.withHandle("saving change " + next.number(), handle -> {
            if (expected == 0) {
                insert(handle, next);
            } else {
                update(handle, next, expected);
                handle.createUpdate("DELETE FROM change_ci WHERE change_id = :id")
                        .bind("id", dialect.uuid(next.id().value()))
                        .execute();
            }
            linkItems(handle, next);
            return null;
        });
    }

    @Override
    public List<Change> search(ChangeSearch search) {
        checkNotNull(search, "search");
        ChangeSearchQuery query = new ChangeSearchQuery(search, dialect);
        return transactions.withHandle("searching changes", handle -> query.bindTo(handle.createQuery(query.sql()))
                .mapTo(String.class)
                .map(this::restore)
                .list());
    }

    @Override
    public List<Change> scheduledOverlapping(Instant from, Instant to) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        if (!from.isBefore(to)) {
            return List.of();
        }
        return transactions.withHandle("reading the changes under way from " + from + " to " + to, handle -> handle
                .createQuery("SELECT snapshot FROM change_record WHERE status IN (<under_way>) "
                        + "AND window_start < :to AND window_end > :from")
                .bindList("under_way", List.of(ChangeStatus.SCHEDULED.name(), ChangeStatus.IMPLEMENTING.name()))
                .bind("from", utc(from.minus(MARGIN)))
                .bind("to", utc(to.plus(MARGIN)))
                .mapTo(String.class)
                .map(this::restore)
                .filter(change -> change.window().start().isBefore(to) && change.window().end().isAfter(from))
                .list());
    }

    /** The {@code number_key} of a change number: its sequence zero-padded to 19 digits, so that text order is number order. */
    static String numberKey(ChangeNumber number) {
        return String.format("%s-%04d-%019d", ChangeNumber.PREFIX, number.year(), number.sequence());
    }

    private void insert(Handle handle, ChangeSnapshot next) {
        rows.insert(handle, bindChanging(handle.createUpdate(insertSql), next)
                .bind("id", dialect.uuid(next.id().value()))
                .bind("number", next.number().toString())
                .bind("number_key", numberKey(next.number()))
                .bind("model", next.model().name())
                .bind("raised_at", utc(next.raisedAt())),
                next.id().value(), next.number().toString());
    }

    private void update(Handle handle, ChangeSnapshot next, long expected) {
        rows.update(handle, bindChanging(handle.createUpdate(updateSql), next), next.id().value(),
                next.number().toString(), expected);
    }

    private void linkItems(Handle handle, ChangeSnapshot next) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO change_ci (change_id, ci_id) VALUES (:change_id, :ci_id)");
        for (CiId item : next.request().touchedCis()) {
            batch.bind("change_id", dialect.uuid(next.id().value()))
                    .bind("ci_id", dialect.uuid(item.value()))
                    .add();
        }
        batch.execute();
    }

    /** The columns a command may change. */
    private <S extends SqlStatement<S>> S bindChanging(S statement, ChangeSnapshot next) {
        ChangeRequest request = next.request();
        return statement
                .bind("status", next.status().name())
                .bind("group_id", request.group().value())
                .bind("manager", request.manager().value())
                .bind("approval_board", next.approval().map(CabApproval::board).map(board -> board.id().value())
                        .orElse(null))
                .bind("summary", request.details().summary())
                .bind("description", request.details().description())
                .bind("window_start", utc(request.window().start()))
                .bind("window_end", utc(request.window().end()))
                .bind("updated_at", utc(next.updatedAt()))
                .bind("version", next.version())
                .bind("snapshot", codec.write(next));
    }



    private Change restore(String snapshot) {
        return Change.restore(codec.read(snapshot, ChangeSnapshot.class));
    }
}
