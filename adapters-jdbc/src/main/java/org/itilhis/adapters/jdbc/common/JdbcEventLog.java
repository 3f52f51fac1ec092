package org.itilhis.adapters.jdbc.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.common.AuditTrail;
import org.itilhis.ports.common.AuditTrailCheck;
import org.itilhis.ports.common.EventLog;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.common.StorageException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code event} table: one row per domain event, its position assigned by the
 * database (identity or auto-increment), with the aggregate id, type name, actor and time
 * as columns and the event's fields as JSON. This class only inserts and reads; nothing
 * in the adapter deletes an event or changes what it says, and the {@link JdbcEventChain}
 * sets its position and hash once, when sealing it: all the runtime user of {@code
 * docs/database-roles.md} may do to it.
 *
 * <p>Appends take no lock: concurrent transactions insert freely, each row numbered by the
 * database ({@code append_id}) in the order the rows were inserted, which is not the order
 * their transactions commit. The log's order, its {@code position}, is given after commit by
 * the {@link JdbcEventChain}, which {@link #readAfter} runs first (ADR 0009): a reader that has
 * seen position n has seen every event ever sealed below it, and may keep n as its place in
 * the log; an event that commits late gets a later position, never a lower one. The history
 * of one aggregate needs no sealing: its events are appended by commands that each saw the
 * one before committed (optimistic versions), so their append order is their order.
 *
 * <p>It is also the {@link AuditTrail}: {@link #verify()} seals, then walks the hash chain.
 */
public final class JdbcEventLog implements EventLog, AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcEventLog.class);
    private static final int HISTORIES_AT_ONCE = 500;

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final JdbcEventChain chain;

    public JdbcEventLog(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.chain = new JdbcEventChain(transactions);
    }

    @Override
    public void append(List<? extends DomainEvent> events) {
        checkNotNull(events, "events");
        if (events.isEmpty()) {
            return;
        }
        transactions.withHandle("appending " + events.size() + " events", handle -> {
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
                .createQuery("SELECT type, payload FROM event WHERE aggregate_id = :aggregate_id ORDER BY append_id")
                .bind("aggregate_id", aggregateId)
                .map((row, context) -> codec.readEvent(row.getString("type"), row.getString("payload")))
                .list());
    }

    /**
     * The histories in one query per {@value #HISTORIES_AT_ONCE} aggregates, served by the index
     * on aggregate id and append id.
     */
    @Override
    public Map<String, List<DomainEvent>> histories(Collection<String> aggregateIds) {
        checkNotNull(aggregateIds, "aggregateIds");
        Map<String, List<DomainEvent>> histories = new LinkedHashMap<>();
        aggregateIds.forEach(id -> histories.put(checkNotNull(id, "aggregate id"), new ArrayList<>()));
        for (List<String> ids : Iterables.partition(histories.keySet(), HISTORIES_AT_ONCE)) {
            transactions.withHandle("reading " + ids.size() + " histories", handle -> handle
                    .createQuery("SELECT aggregate_id, type, payload FROM event WHERE aggregate_id IN (<ids>) "
                            + "ORDER BY aggregate_id, append_id")
                    .bindList("ids", ids)
                    .setFetchSize(HISTORIES_AT_ONCE)
                    .map((row, context) -> Map.entry(row.getString("aggregate_id"),
                            codec.readEvent(row.getString("type"), row.getString("payload"))))
                    .list())
                    .forEach(event -> histories.get(event.getKey()).add(event.getValue()));
        }
        return histories;
    }

    /** Seals what has committed by now (see {@link JdbcEventChain}), then reads by position. */
    @Override
    public List<LoggedEvent> readAfter(long position, int limit) {
        checkArgument(position >= 0, "position %s is negative", position);
        checkArgument(limit >= 1, "limit %s must be positive", limit);
        chain.seal();
        return transactions.withHandle("reading the event log", handle -> handle
                .createQuery("SELECT position, type, payload FROM event WHERE position > :position ORDER BY position "
                        + "LIMIT :limit")
                .bind("position", position)
                .bind("limit", limit)
                .map((row, context) -> new LoggedEvent(row.getLong("position"),
                        codec.readEvent(row.getString("type"), row.getString("payload"))))
                .list());
    }

    /** Seals what has committed by now, like {@link #readAfter}, then reads the highest position. */
    @Override
    public long head() {
        chain.seal();
        return transactions.withHandle("reading the head of the event log", handle -> handle
                .createQuery("SELECT COALESCE(MAX(position), 0) FROM event")
                .mapTo(Long.class)
                .one());
    }

    /**
     * Seals what has committed by now, then verifies the chain ({@link JdbcEventChain#verify()}).
     * Should sealing fail (an event inserted beyond the head holds the position the sealer would
     * give next), the events sealed before are verified all the same, and such an event is what
     * the check reports.
     */
    @Override
    public AuditTrailCheck verify() {
        try {
            chain.seal();
        } catch (StorageException failure) {
            // the message names the operation and the SQL state, never a value (StorageFailures)
            LOG.warn("Sealing before verifying the audit trail failed ({}); verifying the events sealed so far",
                    failure.getMessage());
        }
        return chain.verify();
    }

    /**
     * The position of the first broken link of {@link #verify()}, or empty when the chain holds.
     */
    public Optional<Long> firstBrokenLink() {
        return verify().firstBrokenLink().map(AuditTrailCheck.BrokenLink::position);
    }
}
