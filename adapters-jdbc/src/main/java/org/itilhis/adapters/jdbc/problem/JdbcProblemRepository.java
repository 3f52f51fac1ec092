package org.itilhis.adapters.jdbc.problem;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SnapshotTable;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.problem.ProblemSnapshot;
import org.itilhis.core.problem.ProblemSummary;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.problem.in.ProblemSearch;
import org.itilhis.ports.problem.out.ProblemRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Problems in the {@code problem} table, as tickets in theirs ({@code JdbcTicketRepository}):
 * the columns searches filter and sort on, and the whole {@link ProblemSnapshot} as JSON, from
 * which problems are restored. Saving a changed problem is {@code UPDATE ... WHERE id = ? AND
 * version = ?}: when no row matches, someone else saved first and the save fails with a {@link
 * VersionConflictException} carrying the stored version; a new problem whose id or number is
 * taken fails the same way. The linked incidents are rewritten in {@code problem_incident}
 * with every save, for the search by incident.
 */
public final class JdbcProblemRepository implements ProblemRepository {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final SnapshotTable rows;
    private final String insertSql;
    private final String updateSql;

    public JdbcProblemRepository(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.rows = new SnapshotTable("problem", "problem", dialect);
        this.updateSql = rows.updateSql("status = :status, priority = :priority, group_id = :group_id, "
                + "manager = :manager, summary = :summary, description = :description, updated_at = :updated_at");
        this.insertSql = dialect.insertSkippingDuplicates("INSERT INTO problem (id, number, number_key, logged_at, "
                + "status, priority, group_id, manager, summary, description, updated_at, version, snapshot) VALUES "
                + "(:id, :number, :number_key, :logged_at, :status, :priority, :group_id, :manager, :summary, "
                + ":description, :updated_at, :version, " + dialect.json("snapshot") + ")");
    }

    @Override
    public ProblemId nextId() {
        return new ProblemId(UUID.randomUUID());
    }

    @Override
    public Optional<Problem> find(ProblemId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding problem " + id,
                handle -> rows.snapshotById(handle, id.value()).map(this::restore));
    }

    @Override
    public Optional<Problem> findByNumber(ProblemNumber number) {
        checkNotNull(number, "number");
        return transactions.withHandle("finding problem " + number,
                handle -> rows.snapshotByNumber(handle, number.toString()).map(this::restore));
    }

    @Override
    public void save(Problem problem) {
        ProblemSnapshot next = problem.snapshot();
        long expected = next.version() - problem.pendingEvents().size();
        transactions.withHandle("saving problem " + next.summary().number(), handle -> {
            if (expected == 0) {
                insert(handle, next);
            } else {
                update(handle, next, expected);
                handle.createUpdate("DELETE FROM problem_incident WHERE problem_id = :id")
                        .bind("id", dialect.uuid(next.summary().id().value()))
                        .execute();
            }
            linkIncidents(handle, next.summary());
            return null;
        });
    }

    @Override
    public List<Problem> search(ProblemSearch search) {
        checkNotNull(search, "search");
        ProblemSearchQuery query = new ProblemSearchQuery(search, dialect);
        return transactions.withHandle("searching problems", handle -> query.bindTo(handle.createQuery(query.sql()))
                .mapTo(String.class)
                .map(this::restore)
                .list());
    }

    /** The {@code number_key} of a problem number: its sequence zero-padded to 19 digits, so that text order is number order. */
    static String numberKey(ProblemNumber number) {
        return String.format("%s-%04d-%019d", ProblemNumber.PREFIX, number.year(), number.sequence());
    }

    private void insert(Handle handle, ProblemSnapshot next) {
        ProblemSummary summary = next.summary();
        rows.insert(handle, bindChanging(handle.createUpdate(insertSql), next)
                .bind("id", dialect.uuid(summary.id().value()))
                .bind("number", summary.number().toString())
                .bind("number_key", numberKey(summary.number()))
                .bind("logged_at", utc(summary.loggedAt())),
                summary.id().value(), summary.number().toString());
    }

    private void update(Handle handle, ProblemSnapshot next, long expected) {
        rows.update(handle, bindChanging(handle.createUpdate(updateSql), next), next.summary().id().value(),
                next.summary().number().toString(), expected);
    }

    private void linkIncidents(Handle handle, ProblemSummary summary) {
        if (summary.linkedIncidents().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO problem_incident (problem_id, incident_id) VALUES (:problem_id, :incident_id)");
        for (TicketId incident : summary.linkedIncidents()) {
            batch.bind("problem_id", dialect.uuid(summary.id().value()))
                    .bind("incident_id", dialect.uuid(incident.value()))
                    .add();
        }
        batch.execute();
    }

    /** The columns a command may change. */
    private <S extends SqlStatement<S>> S bindChanging(S statement, ProblemSnapshot next) {
        ProblemSummary summary = next.summary();
        return statement
                .bind("status", summary.status().name())
                .bind("priority", summary.assessment().priority().rank())
                .bind("group_id", summary.group().value())
                .bind("manager", summary.manager().value())
                .bind("summary", summary.details().summary())
                .bind("description", summary.details().description())
                .bind("updated_at", utc(summary.updatedAt()))
                .bind("version", next.version())
                .bind("snapshot", codec.write(next));
    }



    private Problem restore(String snapshot) {
        return Problem.restore(codec.read(snapshot, ProblemSnapshot.class));
    }
}
