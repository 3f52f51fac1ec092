package org.itilhis.adapters.jdbc.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.ports.monitoring.out.CorrelatorPosition;

/**
 * The {@code monitoring_correlator_position} row (V38). A move is one conditional update
 * ({@code WHERE position = :from}), which the database runs under the row's lock, so of two
 * nodes moving it at once exactly one updates the row; the other's batch rolls back.
 */
public final class JdbcCorrelatorPosition implements CorrelatorPosition {
    private final JdbcTransactions transactions;

    JdbcCorrelatorPosition(JdbcStoreParts parts) {
        this.transactions = checkNotNull(parts, "parts").transactions();
    }

    @Override
    public long position() {
        return transactions.withHandle("reading the alert correlator's position", handle -> handle
                .createQuery("SELECT position FROM monitoring_correlator_position WHERE id = 1")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public boolean advance(long from, long to) {
        checkArgument(to > from, "position %s is not after %s", to, from);
        return transactions.withHandle("moving the alert correlator's position", handle -> handle
                .createUpdate("UPDATE monitoring_correlator_position SET position = :to WHERE id = 1 "
                        + "AND position = :from")
                .bind("from", from)
                .bind("to", to)
                .execute() == 1);
    }
}
