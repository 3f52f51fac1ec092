package org.itilhis.adapters.jdbc.notification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.ports.notification.out.RelayPositions;

/**
 * The {@code relay_position} table: one row per subscriber. A move is one conditional update
 * ({@code WHERE position = :from}), which the database runs under the row's lock, so of two
 * nodes moving the same position at once exactly one updates a row.
 */
public final class JdbcRelayPositions implements RelayPositions {
    private final JdbcTransactions transactions;
    private final Dialect dialect;

    JdbcRelayPositions(JdbcStoreParts parts) {
        this.transactions = checkNotNull(parts, "parts").transactions();
        this.dialect = parts.dialect();
    }

    @Override
    public Optional<Long> find(String subscriber) {
        checkNotNull(subscriber, "subscriber");
        return transactions.withHandle("reading the relay position of " + subscriber, handle -> handle
                .createQuery("SELECT position FROM relay_position WHERE subscriber = :subscriber")
                .bind("subscriber", subscriber)
                .mapTo(Long.class)
                .findOne());
    }

    @Override
    public boolean start(String subscriber, long position) {
        checkNotNull(subscriber, "subscriber");
        checkArgument(position >= 0, "position %s is negative", position);
        return transactions.withHandle("starting the relay position of " + subscriber, handle -> dialect.inserted(
                () -> handle.createUpdate(dialect.insertSkippingDuplicates(
                                "INSERT INTO relay_position (subscriber, position) VALUES (:subscriber, :position)"))
                        .bind("subscriber", subscriber)
                        .bind("position", position)
                        .execute()));
    }

    @Override
    public boolean advance(String subscriber, long from, long to) {
        checkNotNull(subscriber, "subscriber");
        checkArgument(to > from, "position %s is not after %s", to, from);
        return transactions.withHandle("moving the relay position of " + subscriber, handle -> handle
                .createUpdate("UPDATE relay_position SET position = :to WHERE subscriber = :subscriber "
                        + "AND position = :from")
                .bind("subscriber", subscriber)
                .bind("from", from)
                .bind("to", to)
                .execute() == 1);
    }

    @Override
    public Map<String, Long> all() {
        return transactions.withHandle("reading the relay positions", handle -> {
            Map<String, Long> positions = new LinkedHashMap<>();
            handle.createQuery("SELECT subscriber, position FROM relay_position ORDER BY subscriber")
                    .map((row, context) -> Map.entry(row.getString("subscriber"), row.getLong("position")))
                    .forEach(entry -> positions.put(entry.getKey(), entry.getValue()));
            return positions;
        });
    }
}
