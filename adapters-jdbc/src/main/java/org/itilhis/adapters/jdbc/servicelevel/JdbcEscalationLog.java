package org.itilhis.adapters.jdbc.servicelevel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.ports.servicelevel.out.EscalationLog;

/**
 * The {@code escalation} table, whose primary key is {@link ThresholdCrossed#key()}: the
 * database, not a prior read, decides which of two nodes records an escalation. The insert
 * skips a duplicate key without spoiling the caller's transaction
 * ({@link Dialect#insertSkippingDuplicates}); an insert racing an uncommitted one of the same
 * key waits for it and then reports {@code false} if it committed, so exactly one
 * transaction ever records a key.
 */
public final class JdbcEscalationLog implements EscalationLog {
    /** The longest key the table holds. */
    static final int MAX_KEY_LENGTH = 128;

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    public JdbcEscalationLog(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
    }

    @Override
    public boolean record(ThresholdCrossed escalation) {
        checkNotNull(escalation, "escalation");
        String key = escalation.key();
        checkArgument(key.length() <= MAX_KEY_LENGTH, "escalation key %s is longer than %s characters", key,
                MAX_KEY_LENGTH);
        String sql = dialect.insertSkippingDuplicates("INSERT INTO escalation (escalation_key, ticket_id, recorded_at) "
                + "VALUES (:key, :ticket_id, :recorded_at)");
        return transactions.withHandle("recording escalation " + key, handle -> dialect.inserted(() -> handle
                .createUpdate(sql)
                .bind("key", key)
                .bind("ticket_id", escalation.ticketId().toString())
                .bind("recorded_at", utc(escalation.occurredAt()))
                .execute()));
    }
}
