package org.itilhis.adapters.jdbc.servicedesk;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SnapshotTable;
import org.itilhis.adapters.jdbc.common.SqlValues;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.out.TicketRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Tickets in the {@code ticket} table: the columns queries filter and sort on, and the
 * whole {@link TicketSnapshot} as JSON, from which tickets are restored. Saving a changed
 * ticket is {@code UPDATE ... WHERE id = ? AND version = ?}: when no row matches, someone
 * else saved first and the save fails with a {@link VersionConflictException} carrying the
 * stored version. A new ticket whose id or number is taken fails the same way.
 */
public final class JdbcTicketRepository implements TicketRepository {
    private static final String COLUMNS = "status, priority, group_id, engineer, updated_at, version, snapshot";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final SnapshotTable rows;
    private final String insertSql;
    private final String updateSql;

    public JdbcTicketRepository(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.rows = new SnapshotTable("ticket", "ticket", dialect);
        this.updateSql = rows.updateSql("status = :status, priority = :priority, group_id = :group_id, "
                + "engineer = :engineer, updated_at = :updated_at");
        this.insertSql = dialect.insertSkippingDuplicates("INSERT INTO ticket (id, number, number_key, type, caller, "
                + "department, category, summary, description, raised_at, " + COLUMNS + ") VALUES (:id, :number, "
                + ":number_key, :type, :caller, :department, :category, :summary, :description, :raised_at, :status, "
                + ":priority, :group_id, :engineer, :updated_at, :version, " + dialect.json("snapshot") + ")");
    }

    @Override
    public TicketId nextId() {
        return new TicketId(UUID.randomUUID());
    }

    @Override
    public Optional<Ticket> find(TicketId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding ticket " + id,
                handle -> rows.snapshotById(handle, id.value()).map(this::restore));
    }

    @Override
    public Optional<Ticket> findByNumber(TicketNumber number) {
        checkNotNull(number, "number");
        return transactions.withHandle("finding ticket " + number,
                handle -> rows.snapshotByNumber(handle, number.toString()).map(this::restore));
    }

    @Override
    public void save(Ticket ticket) {
        TicketSnapshot next = ticket.snapshot();
        long expected = next.version() - ticket.pendingEvents().size();
        transactions.withHandle("saving ticket " + next.number(), handle -> {
            if (expected == 0) {
                insert(handle, ticket, next);
            } else {
                update(handle, ticket, next, expected);
            }
            return null;
        });
    }

    @Override
    public List<Ticket> search(TicketSearch search) {
        checkNotNull(search, "search");
        TicketSearchQuery query = new TicketSearchQuery(search, dialect);
        return transactions.withHandle("searching tickets", handle -> query.bindTo(handle.createQuery(query.sql()))
                .mapTo(String.class)
                .map(this::restore)
                .list());
    }

    private void insert(Handle handle, Ticket ticket, TicketSnapshot next) {
        rows.insert(handle, bindFixed(bindChanging(handle.createUpdate(insertSql), ticket, next), next),
                next.id().value(), next.number().toString());
    }

    private void update(Handle handle, Ticket ticket, TicketSnapshot next, long expected) {
        rows.update(handle, bindChanging(handle.createUpdate(updateSql), ticket, next), next.id().value(),
                next.number().toString(), expected);
    }

    /** The columns that never change after a ticket is raised. */
    private <S extends SqlStatement<S>> S bindFixed(S statement, TicketSnapshot next) {
        return statement
                .bind("id", dialect.uuid(next.id().value()))
                .bind("number", next.number().toString())
                .bind("number_key", SqlValues.numberKey(next.number()))
                .bind("type", next.type().name())
                .bind("caller", next.details().caller().value())
                .bind("department", next.details().department().value())
                .bind("category", next.details().category().value())
                .bind("summary", next.details().summary())
                .bind("description", next.details().description())
                .bind("raised_at", utc(next.raisedAt()));
    }

    /** The columns a command may change. */
    private <S extends SqlStatement<S>> S bindChanging(S statement, Ticket ticket, TicketSnapshot next) {
        return statement
                .bind("status", next.status().name())
                .bind("priority", ticket.priority().rank())
                .bind("group_id", next.group().value())
                .bind("engineer", next.engineer().map(StaffId::value).orElse((String) null))
                .bind("updated_at", utc(next.updatedAt()))
                .bind("version", next.version())
                .bind("snapshot", codec.write(next));
    }



    private Ticket restore(String snapshot) {
        return Ticket.restore(codec.read(snapshot, TicketSnapshot.class));
    }
}
