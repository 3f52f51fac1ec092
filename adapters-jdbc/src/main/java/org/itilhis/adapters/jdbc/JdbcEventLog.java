package org.itilhis.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.SqlValues.utc;

import java.util.List;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.out.EventLog;
import org.itilhis.ports.out.LoggedEvent;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The {@code event} table: one row per domain event, its position assigned by the
 * database (identity or auto-increment), with the aggregate id, type name, actor and time
 * as columns and the event's fields as JSON. This class only inserts and reads; nothing
 * in the adapter updates or deletes an event.
 *
 * <p>For outbox relays such as the SLA monitor: positions become visible in order. An
 * append first locks the single row of {@code event_append_lock} until its transaction
 * ends (migration V6), so positions are drawn, and committed, one transaction at a time; a
 * reader that has seen position n has seen every committed event below it, and may keep n
 * as its place in the log. (Without the lock, transactions that drew positions 1 and 2
 * could commit 2 first, and a reader between the two commits would step past 1 for good.)
 * The price: transactions that append events are serialised from their first append to
 * their commit, which is why services append their events last.
 */
public final class JdbcEventLog implements EventLog {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    JdbcEventLog(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
    }

    @Override
    public void append(List<? extends DomainEvent> events) {
        checkNotNull(events, "events");
        if (events.isEmpty()) {
            return;
        }
        transactions.withHandle("appending " + events.size() + " events", handle -> {
            if (transactions.firstTimeLocking("event_append_lock")) { // a transaction appending twice locks once
                handle.createQuery("SELECT id FROM event_append_lock WHERE id = 1 FOR UPDATE").mapTo(Integer.class).list();
            }
            PreparedBatch batch = handle.prepareBatch("INSERT INTO event (aggregate_id, type, actor, occurred_at, payload) "
                    + "VALUES (:aggregate_id, :type, :actor, :occurred_at, " + dialect.json("payload") + ")");
            for (DomainEvent event : events) {
                checkNotNull(event, "event");
                batch.bind("aggregate_id", event.aggregateId())
                        .bind("type", codec.typeOf(event))
                        .bind("actor", event.actor().value())
                        .bind("occurred_at", utc(event.occurredAt()))
                        .bind("payload", codec.write(event))
                        .add();
            }
            return batch.execute();
        });
    }

    @Override
    public List<DomainEvent> history(String aggregateId) {
        checkNotNull(aggregateId, "aggregateId");
        return transactions.withHandle("reading the history of " + aggregateId, handle -> handle
                .createQuery("SELECT type, payload FROM event WHERE aggregate_id = :aggregate_id ORDER BY position")
                .bind("aggregate_id", aggregateId)
                .map((row, context) -> codec.readEvent(row.getString("type"), row.getString("payload")))
                .list());
    }

    @Override
    public List<LoggedEvent> readAfter(long position, int limit) {
        checkArgument(position >= 0, "position %s is negative", position);
        checkArgument(limit >= 1, "limit %s must be positive", limit);
        return transactions.withHandle("reading the event log", handle -> handle
                .createQuery("SELECT position, type, payload FROM event WHERE position > :position ORDER BY position "
                        + "LIMIT :limit")
                .bind("position", position)
                .bind("limit", limit)
                .map((row, context) -> new LoggedEvent(row.getLong("position"),
                        codec.readEvent(row.getString("type"), row.getString("payload"))))
                .list());
    }
}
