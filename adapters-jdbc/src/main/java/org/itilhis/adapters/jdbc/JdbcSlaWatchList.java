package org.itilhis.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.SqlValues.utc;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.out.ClockWatch;
import org.itilhis.ports.out.SlaWatchList;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The {@code sla_watch} table, one row per watched ticket with the whole watch as JSON and
 * its next check time indexed for {@link #due}; and the single row of
 * {@code sla_watch_position}. {@link #put} is an insert that skips an existing row followed
 * by an update, so two nodes putting the same new ticket at once do not fail. Next check
 * times are compared to the microsecond.
 */
public final class JdbcSlaWatchList implements SlaWatchList {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    JdbcSlaWatchList(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
    }

    @Override
    public long position() {
        return transactions.withHandle("reading the watch list position", handle -> handle
                .createQuery("SELECT log_position FROM sla_watch_position WHERE id = 1")
                .mapTo(Long.class)
                .findOne()
                .orElse(0L));
    }

    /** Locks the position row for the rest of the transaction, so a concurrent advance waits and then checks. */
    @Override
    public void advanceTo(long position) {
        checkArgument(position >= 0, "position %s is negative", position);
        transactions.withHandle("advancing the watch list to " + position, handle -> {
            Optional<Long> stored = handle.createQuery("SELECT log_position FROM sla_watch_position WHERE id = 1 "
                            + "FOR UPDATE")
                    .mapTo(Long.class)
                    .findOne();
            stored.ifPresent(before -> checkArgument(position >= before, "position %s is below the stored %s",
                    position, before));
            return handle.createUpdate(stored.isPresent()
                            ? "UPDATE sla_watch_position SET log_position = :position WHERE id = 1"
                            : "INSERT INTO sla_watch_position (id, log_position) VALUES (1, :position)")
                    .bind("position", position)
                    .execute();
        });
    }

    @Override
    public void put(ClockWatch watch) {
        checkNotNull(watch, "watch");
        String insert = dialect.insertSkippingDuplicates("INSERT INTO sla_watch (ticket_id, next_check_at, service, "
                + "priority, group_id, resolution_state, resolution_deadline, watch) VALUES (:ticket_id, "
                + ":next_check_at, :service, :priority, :group_id, :resolution_state, :resolution_deadline, "
                + dialect.json("watch") + ")");
        String update = "UPDATE sla_watch SET next_check_at = :next_check_at, service = :service, priority = :priority, "
                + "group_id = :group_id, resolution_state = :resolution_state, resolution_deadline = "
                + ":resolution_deadline, watch = " + dialect.json("watch") + " WHERE ticket_id = :ticket_id";
        String json = codec.write(watch);
        transactions.withHandle("watching ticket " + watch.ticketId(), handle -> {
            boolean inserted = dialect.inserted(() -> bind(handle.createUpdate(insert), watch, json).execute());
            return inserted || bind(handle.createUpdate(update), watch, json).execute() == 1;
        });
    }

    private static <S extends SqlStatement<S>> S bind(S statement, ClockWatch watch, String json) {
        statement.bind("ticket_id", watch.ticketId().toString())
                .bind("service", watch.service())
                .bind("priority", watch.priority().rank())
                .bind("group_id", watch.group().value())
                .bind("resolution_state", watch.resolution().name())
                .bind("watch", json);
        optionalInstant(statement, "next_check_at", watch.nextCheckAt());
        optionalInstant(statement, "resolution_deadline", watch.resolutionDeadline());
        return statement;
    }

    private static void optionalInstant(SqlStatement<?> statement, String name, Optional<Instant> instant) {
        if (instant.isPresent()) {
            statement.bind(name, utc(instant.get()));
        } else {
            statement.bindNull(name, Types.TIMESTAMP);
        }
    }

    @Override
    public void remove(TicketId ticketId) {
        checkNotNull(ticketId, "ticketId");
        transactions.withHandle("unwatching ticket " + ticketId, handle -> handle
                .createUpdate("DELETE FROM sla_watch WHERE ticket_id = :ticket_id")
                .bind("ticket_id", ticketId.toString())
                .execute());
    }

    @Override
    public Optional<ClockWatch> find(TicketId ticketId) {
        checkNotNull(ticketId, "ticketId");
        return transactions.withHandle("finding the watch of ticket " + ticketId, handle -> handle
                .createQuery("SELECT watch FROM sla_watch WHERE ticket_id = :ticket_id")
                .bind("ticket_id", ticketId.toString())
                .mapTo(String.class)
                .findOne()
                .map(json -> codec.read(json, ClockWatch.class)));
    }

    @Override
    public List<ClockWatch> due(Instant now, int limit) {
        checkNotNull(now, "now");
        checkArgument(limit >= 1, "limit %s must be positive", limit);
        return transactions.withHandle("finding the due watches", handle -> handle
                .createQuery("SELECT watch FROM sla_watch WHERE next_check_at <= " + dialect.timestamp("now")
                        + " ORDER BY next_check_at, ticket_id LIMIT :limit")
                .bind("now", utc(now))
                .bind("limit", limit)
                .mapTo(String.class)
                .map(json -> codec.read(json, ClockWatch.class))
                .list());
    }

    @Override
    public List<ClockWatch> list(Optional<TicketId> after, int limit) {
        checkNotNull(after, "after");
        checkArgument(limit >= 1, "limit %s must be positive", limit);
        return transactions.withHandle("listing the watches", handle -> {
            Query query = handle.createQuery("SELECT watch FROM sla_watch"
                            + (after.isPresent() ? " WHERE ticket_id > :after" : "") + " ORDER BY ticket_id LIMIT :limit")
                    .bind("limit", limit);
            after.ifPresent(id -> query.bind("after", id.toString()));
            return query.mapTo(String.class).map(json -> codec.read(json, ClockWatch.class)).list();
        });
    }
}
