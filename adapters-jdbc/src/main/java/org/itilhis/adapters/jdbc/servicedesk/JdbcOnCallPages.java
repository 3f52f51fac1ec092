package org.itilhis.adapters.jdbc.servicedesk;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import com.google.common.collect.ImmutableList;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.servicedesk.out.OnCallPage;
import org.itilhis.ports.servicedesk.out.OnCallPages;

/**
 * The {@code on_call_page} table (migration V23), keyed by ticket and chain position: the
 * database, not a prior read, decides which of two nodes records a page. The insert skips a
 * duplicate key without spoiling the caller's transaction ({@link Dialect#insertSkippingDuplicates});
 * an insert racing an uncommitted one of the same key waits for it and then reports {@code false}
 * if it committed. A settlement is an update of the open row only ({@code settled_at IS NULL}),
 * which a concurrent settlement of the same row waits for and then finds nothing to update.
 * The page's instants are kept to the microsecond, as every timestamp column.
 */
public final class JdbcOnCallPages implements OnCallPages {
    private static final String COLUMNS = "ticket_id, chain_position, ticket_number, group_id, engineer, chain, "
            + "paged_at, deadline, outcome, settled_at";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final String insertSql;

    public JdbcOnCallPages(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.insertSql = dialect.insertSkippingDuplicates("INSERT INTO on_call_page (ticket_id, chain_position, "
                + "ticket_number, group_id, engineer, chain, paged_at, deadline) VALUES (:ticket_id, :position, "
                + ":number, :group_id, :engineer, " + dialect.json("chain") + ", :paged_at, :deadline)");
    }

    @Override
    public boolean record(OnCallPage page) {
        checkNotNull(page, "page");
        checkArgument(page.isOpen(), "the page of %s at %s is settled already", page.number(), page.position());
        return transactions.withHandle("recording the on-call page of " + page.number() + " at " + page.position(),
                handle -> dialect.inserted(() -> handle.createUpdate(insertSql)
                        .bind("ticket_id", dialect.uuid(page.ticket().value()))
                        .bind("position", page.position())
                        .bind("number", page.number().toString())
                        .bind("group_id", page.group().value())
                        .bind("engineer", page.engineer().value())
                        .bind("chain", codec.write(page.chain()))
                        .bind("paged_at", utc(page.pagedAt()))
                        .bind("deadline", utc(page.deadline()))
                        .execute()));
    }

    @Override
    public boolean settle(TicketId ticket, int position, OnCallPage.Outcome outcome, Instant at) {
        checkNotNull(ticket, "ticket");
        checkNotNull(outcome, "outcome");
        checkNotNull(at, "at");
        return transactions.withHandle("settling the on-call page of " + ticket + " at " + position, handle -> handle
                .createUpdate("UPDATE on_call_page SET outcome = :outcome, settled_at = :at "
                        + "WHERE ticket_id = :ticket_id AND chain_position = :position AND settled_at IS NULL")
                .bind("outcome", outcome.name())
                .bind("at", utc(at))
                .bind("ticket_id", dialect.uuid(ticket.value()))
                .bind("position", position)
                .execute() == 1);
    }

    @Override
    public List<OnCallPage> due(Instant now, int limit) {
        checkNotNull(now, "now");
        checkArgument(limit > 0, "limit %s is not positive", limit);
        return transactions.withHandle("reading the due on-call pages", handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM on_call_page WHERE settled_at IS NULL AND deadline <= "
                        + dialect.timestamp("now") + " ORDER BY deadline, ticket_id, chain_position")
                .bind("now", utc(now))
                .setMaxRows(limit)
                .map((row, context) -> page(row))
                .list());
    }

    @Override
    public List<OnCallPage> of(TicketId ticket) {
        checkNotNull(ticket, "ticket");
        return transactions.withHandle("reading the on-call pages of " + ticket, handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM on_call_page WHERE ticket_id = :ticket_id "
                        + "ORDER BY chain_position")
                .bind("ticket_id", dialect.uuid(ticket.value()))
                .map((row, context) -> page(row))
                .list());
    }

    private OnCallPage page(ResultSet row) throws SQLException {
        String outcome = row.getString("outcome");
        Optional<OnCallPage.Settled> settled = outcome == null ? Optional.empty()
                : Optional.of(new OnCallPage.Settled(OnCallPage.Outcome.valueOf(outcome), utc(row, "settled_at")));
        return new OnCallPage(new TicketId(UUID.fromString(row.getString("ticket_id"))),
                TicketNumber.parse(row.getString("ticket_number")), GroupId.of(row.getString("group_id")),
                ImmutableList.copyOf(codec.read(row.getString("chain"), StaffId[].class)),
                row.getInt("chain_position"), utc(row, "paged_at"), utc(row, "deadline"), settled);
    }
}
