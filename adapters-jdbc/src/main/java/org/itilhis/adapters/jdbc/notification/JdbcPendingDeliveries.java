package org.itilhis.adapters.jdbc.notification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.core.notification.PendingDelivery;
import org.itilhis.core.notification.PendingDelivery.State;
import org.itilhis.ports.notification.out.PendingDeliveries;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The {@code relay_pending} table: one row per subscriber and event position. A change or
 * removal is conditional on the state and attempts read before ({@code WHERE state = ... AND
 * attempts = ...}), so a node paused past its takeover changes nothing the other did.
 */
public final class JdbcPendingDeliveries implements PendingDeliveries {
    private static final String COLUMNS = "SELECT subscriber, position, ordering_key, attempts, state, "
            + "next_attempt_at, last_error, pending_since FROM relay_pending ";
    private static final String SAME_STEP = " WHERE subscriber = :subscriber AND position = :position "
            + "AND state = :was_state AND attempts = :was_attempts";

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    JdbcPendingDeliveries(JdbcStoreParts parts) {
        this.transactions = checkNotNull(parts, "parts").transactions();
        this.dialect = parts.dialect();
    }

    @Override
    public boolean add(PendingDelivery delivery) {
        checkNotNull(delivery, "delivery");
        return transactions.withHandle("adding a pending delivery for " + delivery.subscriber(),
                handle -> dialect.inserted(() -> bindValues(handle.createUpdate(dialect.insertSkippingDuplicates(
                        "INSERT INTO relay_pending (subscriber, position, ordering_key, attempts, state, "
                                + "next_attempt_at, last_error, pending_since) VALUES (:subscriber, :position, "
                                + ":ordering_key, :attempts, :state, :next_attempt_at, :last_error, "
                                + ":pending_since)")), delivery).execute()));
    }

    @Override
    public Optional<PendingDelivery> find(String subscriber, long position) {
        checkNotNull(subscriber, "subscriber");
        return transactions.withHandle("reading a pending delivery for " + subscriber, handle -> handle
                .createQuery(COLUMNS + "WHERE subscriber = :subscriber AND position = :position")
                .bind("subscriber", subscriber)
                .bind("position", position)
                .map((row, context) -> delivery(row))
                .findOne());
    }

    @Override
    public boolean replace(PendingDelivery current, PendingDelivery next) {
        checkNotNull(current, "current");
        checkNotNull(next, "next");
        checkArgument(current.subscriber().equals(next.subscriber()) && current.position() == next.position(),
                "%s and %s are not the same delivery", current, next);
        return transactions.withHandle("changing a pending delivery for " + current.subscriber(), handle ->
                wasAt(bindValues(handle.createUpdate("UPDATE relay_pending SET ordering_key = :ordering_key, "
                        + "attempts = :attempts, state = :state, next_attempt_at = :next_attempt_at, "
                        + "last_error = :last_error, pending_since = :pending_since" + SAME_STEP), next), current)
                        .execute() == 1);
    }

    @Override
    public boolean remove(PendingDelivery current) {
        checkNotNull(current, "current");
        return transactions.withHandle("removing a pending delivery for " + current.subscriber(), handle ->
                wasAt(handle.createUpdate("DELETE FROM relay_pending" + SAME_STEP)
                        .bind("subscriber", current.subscriber())
                        .bind("position", current.position()), current)
                        .execute() == 1);
    }

    @Override
    public List<PendingDelivery> due(String subscriber, Instant now, int limit) {
        checkNotNull(subscriber, "subscriber");
        checkNotNull(now, "now");
        checkArgument(limit >= 1, "limit %s must be positive", limit);
        return transactions.withHandle("reading the due deliveries for " + subscriber, handle -> handle
                .createQuery(COLUMNS + "WHERE subscriber = :subscriber AND state = 'RETRYING' "
                        + "AND next_attempt_at <= :now ORDER BY position LIMIT :limit")
                .bind("subscriber", subscriber)
                .bind("now", utc(now))
                .bind("limit", limit)
                .map((row, context) -> delivery(row))
                .list());
    }

    @Override
    public boolean holds(String subscriber, String orderingKey) {
        checkNotNull(subscriber, "subscriber");
        checkNotNull(orderingKey, "orderingKey");
        return transactions.withHandle("looking for pending deliveries of a record for " + subscriber, handle -> handle
                .createQuery("SELECT position FROM relay_pending WHERE subscriber = :subscriber "
                        + "AND ordering_key = :ordering_key ORDER BY position LIMIT 1")
                .bind("subscriber", subscriber)
                .bind("ordering_key", orderingKey)
                .mapTo(Long.class)
                .findOne()
                .isPresent());
    }

    @Override
    public Optional<PendingDelivery> nextHeld(String subscriber, String orderingKey) {
        checkNotNull(subscriber, "subscriber");
        checkNotNull(orderingKey, "orderingKey");
        return transactions.withHandle("reading the next held delivery for " + subscriber, handle -> handle
                .createQuery(COLUMNS + "WHERE subscriber = :subscriber AND ordering_key = :ordering_key "
                        + "AND state = 'HELD' ORDER BY position LIMIT 1")
                .bind("subscriber", subscriber)
                .bind("ordering_key", orderingKey)
                .map((row, context) -> delivery(row))
                .findOne());
    }

    @Override
    public List<PendingDelivery> dead(String subscriber, long afterPosition, int limit) {
        checkNotNull(subscriber, "subscriber");
        checkArgument(limit >= 1, "limit %s must be positive", limit);
        return transactions.withHandle("reading the dead letters of " + subscriber, handle -> handle
                .createQuery(COLUMNS + "WHERE subscriber = :subscriber AND state = 'DEAD' AND position > :after "
                        + "ORDER BY position LIMIT :limit")
                .bind("subscriber", subscriber)
                .bind("after", afterPosition)
                .bind("limit", limit)
                .map((row, context) -> delivery(row))
                .list());
    }

    @Override
    public Map<String, Standing> standings() {
        return transactions.withHandle("counting the pending deliveries", handle -> {
            Map<String, Standing> standings = new LinkedHashMap<>();
            handle.createQuery("SELECT subscriber, COUNT(*) AS pending, "
                            + "SUM(CASE WHEN state = 'DEAD' THEN 1 ELSE 0 END) AS dead, "
                            + "MIN(pending_since) AS oldest FROM relay_pending GROUP BY subscriber ORDER BY subscriber")
                    .map((row, context) -> Map.entry(row.getString("subscriber"), new Standing(row.getLong("pending"),
                            row.getLong("dead"), Optional.of(utc(row, "oldest")))))
                    .forEach(entry -> standings.put(entry.getKey(), entry.getValue()));
            return standings;
        });
    }

    private static <S extends SqlStatement<S>> S bindValues(S statement, PendingDelivery delivery) {
        return statement.bind("subscriber", delivery.subscriber())
                .bind("position", delivery.position())
                .bind("ordering_key", delivery.orderingKey())
                .bind("attempts", delivery.attempts())
                .bind("state", delivery.state().name())
                .bind("next_attempt_at", utc(delivery.nextAttemptAt()))
                .bind("last_error", delivery.lastError().orElse(null))
                .bind("pending_since", utc(delivery.since()));
    }

    private static <S extends SqlStatement<S>> S wasAt(S statement, PendingDelivery current) {
        return statement.bind("was_state", current.state().name()).bind("was_attempts", current.attempts());
    }

    private static PendingDelivery delivery(ResultSet row) throws SQLException {
        return new PendingDelivery(row.getString("subscriber"), row.getLong("position"), row.getString("ordering_key"),
                row.getInt("attempts"), utc(row, "next_attempt_at"), Optional.ofNullable(row.getString("last_error")),
                State.valueOf(row.getString("state")), utc(row, "pending_since"));
    }
}
