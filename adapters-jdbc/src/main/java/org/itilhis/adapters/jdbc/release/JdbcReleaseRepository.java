package org.itilhis.adapters.jdbc.release;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SnapshotTable;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.release.Release;
import org.itilhis.core.release.ReleaseId;
import org.itilhis.core.release.ReleaseNumber;
import org.itilhis.core.release.ReleaseSnapshot;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.release.in.ReleaseSearch;
import org.itilhis.ports.release.out.ReleaseRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Releases in the {@code release_record} table ({@code RELEASE} is a reserved word in MariaDB),
 * as problems in theirs ({@code JdbcProblemRepository}): the columns searches filter and sort
 * on, and the whole {@link ReleaseSnapshot} as JSON, from which releases are restored. Saving a
 * changed release is {@code UPDATE ... WHERE id = ? AND version = ?}: when no row matches,
 * someone else saved first and the save fails with a {@link VersionConflictException} carrying
 * the stored version; a new release whose id or number is taken fails the same way. The bundled
 * changes are rewritten in {@code release_change} with every save, for the search by change.
 */
public final class JdbcReleaseRepository implements ReleaseRepository {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final SnapshotTable rows;
    private final String insertSql;
    private final String updateSql;

    public JdbcReleaseRepository(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.rows = new SnapshotTable("release_record", "release", dialect);
        this.updateSql = rows.updateSql("status = :status, manager = :manager, "
                + "release_version = :release_version, summary = :summary, updated_at = :updated_at");
        this.insertSql = dialect.insertSkippingDuplicates("INSERT INTO release_record (id, number, number_key, "
                + "planned_at, status, manager, release_version, summary, updated_at, version, snapshot) VALUES "
                + "(:id, :number, :number_key, :planned_at, :status, :manager, :release_version, :summary, "
                + ":updated_at, :version, " + dialect.json("snapshot") + ")");
    }

    @Override
    public ReleaseId nextId() {
        return new ReleaseId(UUID.randomUUID());
    }

    @Override
    public Optional<Release> find(ReleaseId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding release " + id,
                handle -> rows.snapshotById(handle, id.value()).map(this::restore));
    }

    @Override
    public Optional<Release> findByNumber(ReleaseNumber number) {
        checkNotNull(number, "number");
        return transactions.withHandle("finding release " + number,
                handle -> rows.snapshotByNumber(handle, number.toString()).map(this::restore));
    }

    @Override
    public void save(Release release) {
        ReleaseSnapshot next = release.snapshot();
        long expected = next.version() - release.pendingEvents().size();
        transactions.withHandle("saving release " + next.number(), handle -> {
            if (expected == 0) {
                insert(handle, next);
            } else {
                update(handle, next, expected);
                handle.createUpdate("DELETE FROM release_change WHERE release_id = :id")
                        .bind("id", dialect.uuid(next.id().value()))
                        .execute();
            }
            bundle(handle, next);
            return null;
        });
    }

    @Override
    public List<Release> search(ReleaseSearch search) {
        checkNotNull(search, "search");
        ReleaseSearchQuery query = new ReleaseSearchQuery(search, dialect);
        return transactions.withHandle("searching releases", handle -> query.bindTo(handle.createQuery(query.sql()))
                .mapTo(String.class)
                .map(this::restore)
                .list());
    }

    /** The {@code number_key} of a release number: its sequence zero-padded to 19 digits, so that text order is number order. */
    static String numberKey(ReleaseNumber number) {
        return String.format("%s-%04d-%019d", ReleaseNumber.PREFIX, number.year(), number.sequence());
    }

    private void insert(Handle handle, ReleaseSnapshot next) {
        rows.insert(handle, bindChanging(handle.createUpdate(insertSql), next)
                .bind("id", dialect.uuid(next.id().value()))
                .bind("number", next.number().toString())
                .bind("number_key", numberKey(next.number()))
                .bind("planned_at", utc(next.plannedAt())),
                next.id().value(), next.number().toString());
    }

    private void update(Handle handle, ReleaseSnapshot next, long expected) {
        rows.update(handle, bindChanging(handle.createUpdate(updateSql), next), next.id().value(),
                next.number().toString(), expected);
    }

    private void bundle(Handle handle, ReleaseSnapshot next) {
        if (next.changes().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO release_change (release_id, change_id) VALUES (:release_id, :change_id)");
        for (ChangeId change : next.changes()) {
            batch.bind("release_id", dialect.uuid(next.id().value()))
                    .bind("change_id", dialect.uuid(change.value()))
                    .add();
        }
        batch.execute();
    }

    /** The columns a command may change. */
    private <S extends SqlStatement<S>> S bindChanging(S statement, ReleaseSnapshot next) {
        return statement
                .bind("status", next.status().name())
                .bind("manager", next.manager().value())
                .bind("release_version", next.releaseVersion().value())
                .bind("summary", next.summary())
                .bind("updated_at", utc(next.updatedAt()))
                .bind("version", next.version())
                .bind("snapshot", codec.write(next));
    }



    private Release restore(String snapshot) {
        return Release.restore(codec.read(snapshot, ReleaseSnapshot.class));
    }
}
