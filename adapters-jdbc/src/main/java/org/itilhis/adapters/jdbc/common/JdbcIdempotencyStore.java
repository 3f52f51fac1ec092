package org.itilhis.adapters.jdbc.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.util.Optional;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.IdempotencyStore;
import org.itilhis.ports.common.IdempotentOutcome;

/**
 * Idempotency records in the {@code idempotency} table, keyed by actor and key, the outcome
 * as JSON. Recording runs in the caller's transaction, so it commits with the creation it
 * belongs to; a key recorded already (or being recorded by a concurrent, uncommitted retry,
 * which the insert waits for) is reported as {@code false}, never as an error.
 */
public final class JdbcIdempotencyStore implements IdempotencyStore {
    /** The longest idempotency key stored. */
    public static final int MAX_KEY_LENGTH = 255;

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    public JdbcIdempotencyStore(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
    }

    @Override
    public Optional<IdempotentOutcome> find(StaffId actor, String key) {
        checkKey(actor, key);
        return transactions.withHandle("finding idempotency key", handle -> handle
                .createQuery("SELECT outcome FROM idempotency WHERE actor = :actor AND idempotency_key = :key")
                .bind("actor", actor.value())
                .bind("key", key)
                .mapTo(String.class)
                .findOne()
                .map(json -> codec.read(json, IdempotentOutcome.class)));
    }

    /** @throws IllegalArgumentException if the key is longer than {@value #MAX_KEY_LENGTH} characters */
    @Override
    public boolean record(StaffId actor, String key, IdempotentOutcome outcome) {
        checkKey(actor, key);
        checkNotNull(outcome, "outcome");
        String sql = dialect.insertSkippingDuplicates("INSERT INTO idempotency (actor, idempotency_key, recorded_at, "
                + "outcome) VALUES (:actor, :key, :recorded_at, " + dialect.json("outcome") + ")");
        return transactions.withHandle("recording idempotency key", handle -> dialect.inserted(() -> handle
                .createUpdate(sql)
                .bind("actor", actor.value())
                .bind("key", key)
                .bind("recorded_at", utc(outcome.at()))
                .bind("outcome", codec.write(outcome))
                .execute()));
    }

    private static void checkKey(StaffId actor, String key) {
        checkNotNull(actor, "actor");
        checkNotNull(key, "key");
        checkArgument(key.length() <= MAX_KEY_LENGTH, "idempotency key longer than %s characters", MAX_KEY_LENGTH);
    }
}
