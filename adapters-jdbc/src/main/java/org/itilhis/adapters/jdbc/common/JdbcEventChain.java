package org.itilhis.adapters.jdbc.common;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.hash.Hashing;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.ports.common.AuditTrailCheck;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Seals the event log (ADR 0009): gives committed events that have no position yet the next
 * positions, in the order they were appended, with each one's chain hash, the SHA-256 of its
 * predecessor's hash and its own content. One sealer at a time on any number of nodes: it
 * holds the lock of {@code event_chain}'s single row, which also keeps the last position and
 * hash, until its transaction commits, so positions become visible one sealing at a time and
 * always above every position visible before. Writers never touch that row.
 *
 * <p>An event whose transaction commits after a later-appended one is simply sealed later, at
 * a higher position: the log's order is the order of sealing, never the order of appending.
 */
public final class JdbcEventChain {
    /** Events sealed per transaction; a longer backlog is sealed in several. */
    static final int BATCH = 1000;
    /** Events read per statement by {@link #verify()}. */
    static final int VERIFY_CHUNK = 10_000;
    private static final String CONTENT = "aggregate_id, type, actor, occurred_at, payload";
    /*
     * Both reads of unsealed events are ordered by append_id with a LIMIT in the SQL, so that
     * PostgreSQL answers them from the partial index of unsealed events (V13) whatever its
     * statistics say: with statistics gathered while many events were unsealed (after a bulk
     * load), the same reads without an order scanned the whole table, about 150 ms per call at
     * 300,000 events (ADR 0009).
     */
    public static final String ANY_UNSEALED = "SELECT append_id FROM event WHERE position IS NULL ORDER BY append_id LIMIT 1";
    public static final String UNSEALED = "SELECT append_id, " + CONTENT + ", chain_hash FROM event "
            + "WHERE position IS NULL ORDER BY append_id LIMIT " + BATCH;

    private final JdbcTransactions transactions;

    public JdbcEventChain(JdbcTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    /**
     * Seals every event committed by now; returns how many. Cheap when there is none: one
     * indexed read, no lock.
     */
    public int seal() {
        int sealed = 0;
        int batch;
        do {
            batch = transactions.withHandle("sealing the event log", JdbcEventChain::sealBatch);
            sealed += batch;
        } while (batch == BATCH);
        return sealed;
    }

    /**
     * Verifies the chain as sealed, without sealing (so a read-only user may run it): every
     * event up to the head of {@code event_chain}, oldest first, {@value #VERIFY_CHUNK} per
     * statement (constant memory, no long transaction), then whether any event lies beyond the
     * head. {@link ChainWalk} says what each finding means; ADR 0013 what cannot be found.
     *
     * @throws org.itilhis.ports.common.StorageException if the log cannot be read
     */
    public AuditTrailCheck verify() {
        Head head = transactions.withHandle("reading the head of the event chain", JdbcEventChain::head);
        ChainWalk walk = new ChainWalk(head.position(), head.hash());
        long after = Long.MIN_VALUE;
        int read;
        do {
            long from = after;
            List<Sealable> chunk = transactions.withHandle("verifying the event chain", handle -> handle
                    .createQuery("SELECT position, " + CONTENT + ", chain_hash FROM event "
                            + "WHERE position > :after AND position <= :head ORDER BY position LIMIT " + VERIFY_CHUNK)
                    .bind("after", from)
                    .bind("head", head.position())
                    .setFetchSize(BATCH)
                    .map((row, context) -> Sealable.of(row.getLong("position"), row))
                    .list());
            read = chunk.size();
            for (Sealable event : chunk) {
                if (!walk.step(event)) {
                    return walk.result();
                }
                after = event.id();
            }
        } while (read == VERIFY_CHUNK);
        if (!walk.end()) {
            return walk.result();
        }
        firstBeyondTheHead(head.position()).ifPresent(walk::outsideTheChain);
        return walk.result();
    }

    /**
     * The first event beyond the head, if one is there that no sealer gave its position. A
     * sealer commits its events and the head together, so an event it sealed is never above
     * the head read after it: an event above the head read after finding it was not sealed.
     * Events sealed meanwhile only move the head on, and the search with it.
     */
    private Optional<Long> firstBeyondTheHead(long headPosition) {
        long head = headPosition;
        for (int round = 0; round < 100; round++) {
            long above = head;
            Optional<Long> beyond = transactions.withHandle("looking beyond the head of the event chain", handle -> handle
                    .createQuery("SELECT MIN(position) FROM event WHERE position > :head")
                    .bind("head", above)
                    .mapTo(Long.class)
                    .findOne());
            if (beyond.isEmpty()) {
                return Optional.empty();
            }
            long now = transactions.withHandle("reading the head of the event chain", JdbcEventChain::head).position();
            if (beyond.get() > now) {
                return beyond;
            }
            head = now;
        }
        return Optional.empty();
    }

    private static Head head(Handle handle) {
        return handle.createQuery("SELECT last_position, last_hash FROM event_chain WHERE id = 1")
                .map((row, context) -> new Head(row.getLong("last_position"), row.getString("last_hash")))
                .one();
    }

    private static int sealBatch(Handle handle) {
        if (handle.createQuery(ANY_UNSEALED).mapTo(Long.class).findFirst().isEmpty()) {
            return 0;
        }
        Head chain = handle.createQuery("SELECT last_position, last_hash FROM event_chain WHERE id = 1 FOR UPDATE")
                .map((row, context) -> new Head(row.getLong("last_position"), row.getString("last_hash")))
                .one();
        List<Sealable> pending = handle.createQuery(UNSEALED)
                .map((row, context) -> Sealable.of(row.getLong("append_id"), row))
                .list();
        if (pending.isEmpty()) {
            return 0;
        }
        long position = chain.position();
        String hash = chain.hash() == null ? "" : chain.hash();
        PreparedBatch seal = handle.prepareBatch(
                "UPDATE event SET position = :position, chain_hash = :hash WHERE append_id = :append_id");
        for (Sealable event : pending) {
            position++;
            hash = hash(hash, position, event);
            seal.bind("position", position).bind("hash", hash).bind("append_id", event.id()).add();
        }
        seal.execute();
        handle.createUpdate("UPDATE event_chain SET last_position = :position, last_hash = :hash WHERE id = 1")
                .bind("position", position)
                .bind("hash", hash)
                .execute();
        return pending.size();
    }

    /**
     * The chain hash of the event sealed at {@code position} after the one whose hash is
     * {@code previous} (empty for the first): SHA-256, in lower-case hex, of the previous hash,
     * the position, aggregate id, type, actor, time (ISO-8601, UTC) and the payload as the
     * database returns it, one per line.
     */
    static String hash(String previous, long position, Sealable event) {
        return hash(previous, position, event.aggregateId(), event.type(), event.actor(), event.occurredAt(),
                event.payload());
    }

    /**
     * The chain hash of an event with this content, as {@link #hash(String, long, Sealable)}: for
     * tools that load sealed events in bulk, and for tests that forge one. It takes no secret; what
     * that means for a forger who can write to the database is in ADR 0013.
     */
    public static String hash(String previous, long position, String aggregateId, String type, String actor,
                              Instant occurredAt, String payload) {
        String content = String.join("\n", previous, Long.toString(position), aggregateId, type, actor,
                occurredAt.toString(), payload);
        return Hashing.sha256().hashString(content, UTF_8).toString();
    }

    /** The row of {@code event_chain}: the last position sealed and its hash (null before the first). */
    private record Head(long position, String hash) {
    }

    /** An event's chained content, with its append id or position, and the hash it holds (null before sealing). */
    record Sealable(long id, String aggregateId, String type, String actor, Instant occurredAt, String payload,
            String storedHash) {
        static Sealable of(long id, ResultSet row) throws SQLException {
            return new Sealable(id, row.getString("aggregate_id"), row.getString("type"), row.getString("actor"),
                    SqlValues.utc(row, "occurred_at"), row.getString("payload"), row.getString("chain_hash"));
        }
    }
}
