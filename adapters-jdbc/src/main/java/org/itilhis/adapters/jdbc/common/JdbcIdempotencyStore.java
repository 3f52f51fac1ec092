package org.itilhis.adapters.jdbc.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.IdempotencyStore;
import org.itilhis.ports.common.IdempotentOutcome;
import org.jdbi.v3.core.Handle;

/**
 * Idempotency records in the {@code idempotency} table, keyed by actor and key, the outcome
 * as JSON. Recording runs in the caller's transaction, so it commits with the creation it
 * belongs to; a key recorded already (or being recorded by a concurrent, uncommitted retry,
 * which the insert waits for) is reported as {@code false}, never as an error.
 *
 * <p>An expired record found by {@link #find} is deleted there, in the caller's transaction,
 * so that the insert that follows a lookup needs no more statements than before expiry
 * existed; {@link #record} deletes an expired record itself only when its insert found one
 * (a caller that recorded without looking up; on MariaDB two such callers racing for one
 * expired key may deadlock, and one of them fails: look the key up first, as the REST adapter
 * does). The purge deletes {@value #PURGE_BATCH} rows per
 * statement, each statement its own transaction, served by the index on {@code recorded_at}
 * (migration V15).
 */
public final class JdbcIdempotencyStore implements IdempotencyStore {
    /** The longest idempotency key stored. */
    public static final int MAX_KEY_LENGTH = 255;
    /** How many expired records one statement of the purge deletes. */
    static final int PURGE_BATCH = 1_000;

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;

    public JdbcIdempotencyStore(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
    }

    @Override
    public Optional<IdempotentOutcome> find(StaffId actor, String key, Instant notBefore) {
        checkKey(actor, key);
        checkNotNull(notBefore, "notBefore");
        return transactions.withHandle("finding idempotency key", handle -> {
            Optional<Stored> stored = stored(handle, actor, key, notBefore);
            if (stored.isPresent() && stored.get().expired()) {
                deleteExpired(handle, actor, key, notBefore);
                return Optional.empty();
            }
            return stored.map(found -> codec.read(found.outcome(), IdempotentOutcome.class));
        });
    }

    /** @throws IllegalArgumentException if the key is longer than {@value #MAX_KEY_LENGTH} characters */
    @Override
    public boolean record(StaffId actor, String key, IdempotentOutcome outcome, Instant notBefore) {
        checkKey(actor, key);
        checkNotNull(outcome, "outcome");
        checkNotNull(notBefore, "notBefore");
        String sql = dialect.insertSkippingDuplicates("INSERT INTO idempotency (actor, idempotency_key, recorded_at, "
                + "outcome) VALUES (:actor, :key, :recorded_at, " + dialect.json("outcome") + ")");
        return transactions.withHandle("recording idempotency key", handle -> {
            if (insert(handle, sql, actor, key, outcome)) {
                return true;
            }
            // A plain read first: MariaDB keeps a shared lock on the row a duplicate insert met, and
            // concurrent retries that each went on to delete it would deadlock; the read takes none.
            return stored(handle, actor, key, notBefore).filter(Stored::expired).isPresent()
                    && deleteExpired(handle, actor, key, notBefore) > 0
                    && insert(handle, sql, actor, key, outcome);
        });
    }

    @Override
    public int purgeRecordedBefore(Instant cutoff) {
        checkNotNull(cutoff, "cutoff");
        String sql = dialect.deleteAtMost("idempotency", "actor, idempotency_key",
                "recorded_at < " + dialect.timestamp("cutoff"), "recorded_at", PURGE_BATCH);
        int purged = 0;
        int deleted;
        do {
            // Each batch in a transaction of its own: no lock is held across batches.
            deleted = transactions.withHandle("purging idempotency records", handle -> handle
                    .createUpdate(sql)
                    .bind("cutoff", utc(cutoff))
                    .execute());
            purged += deleted;
        } while (deleted >= PURGE_BATCH);
        return purged;
    }

    private Optional<Stored> stored(Handle handle, StaffId actor, String key, Instant notBefore) {
        return handle.createQuery("SELECT outcome, CASE WHEN recorded_at < " + dialect.timestamp("not_before")
                        + " THEN 1 ELSE 0 END AS expired FROM idempotency"
                        + " WHERE actor = :actor AND idempotency_key = :key")
                .bind("actor", actor.value())
                .bind("key", key)
                .bind("not_before", utc(notBefore))
                .map((row, context) -> new Stored(row.getString("outcome"), row.getInt("expired") == 1))
                .findOne();
    }

    private boolean insert(Handle handle, String sql, StaffId actor, String key, IdempotentOutcome outcome) {
        return dialect.inserted(() -> handle
                .createUpdate(sql)
                .bind("actor", actor.value())
                .bind("key", key)
                .bind("recorded_at", utc(outcome.at()))
                .bind("outcome", codec.write(outcome))
                .execute());
    }

    private int deleteExpired(Handle handle, StaffId actor, String key, Instant notBefore) {
        return handle.createUpdate("DELETE FROM idempotency WHERE actor = :actor AND idempotency_key = :key"
                        + " AND recorded_at < " + dialect.timestamp("not_before"))
                .bind("actor", actor.value())
                .bind("key", key)
                .bind("not_before", utc(notBefore))
                .execute();
    }

    /** A stored outcome, as JSON, and whether it had expired. */
    private record Stored(String outcome, boolean expired) {
    }

    private static void checkKey(StaffId actor, String key) {
        checkNotNull(actor, "actor");
        checkNotNull(key, "key");
        checkArgument(key.length() <= MAX_KEY_LENGTH, "idempotency key longer than %s characters", MAX_KEY_LENGTH);
    }
}
