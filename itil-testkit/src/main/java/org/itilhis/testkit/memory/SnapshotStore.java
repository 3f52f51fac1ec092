package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.itilhis.core.shared.VersionConflictException;

/**
 * The snapshots of one kind of record by id and by number, as the in-memory repositories of
 * tickets, problems, articles, changes and releases keep them (the JDBC adapter's
 * {@code SnapshotTable} is the same thing in a table): a new record whose id or number is
 * taken, and a changed record whose stored version is no longer the one it was loaded at, fail
 * with a {@link VersionConflictException} carrying the stored version; a write is undone when
 * its transaction rolls back; reads wait for another thread's running transaction.
 *
 * @param <I> the id
 * @param <N> the number
 * @param <S> the snapshot
 */
final class SnapshotStore<I, N, S> {
    private final InMemoryTransactions transactions;
    private final String record;
    private final Function<S, I> id;
    private final Function<S, N> number;
    private final ToLongFunction<S> version;
    private final Map<I, S> byId = new ConcurrentHashMap<>();
    private final Map<N, I> byNumber = new ConcurrentHashMap<>();

    /** @param record what one snapshot is, as conflicts name it ({@code ticket}, {@code change}) */
    SnapshotStore(InMemoryTransactions transactions, String record, Function<S, I> id, Function<S, N> number,
                  ToLongFunction<S> version) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.record = checkNotNull(record, "record");
        this.id = checkNotNull(id, "id");
        this.number = checkNotNull(number, "number");
        this.version = checkNotNull(version, "version");
    }

    Optional<S> byId(I key) {
        checkNotNull(key, "id");
        return transactions.locked(() -> Optional.ofNullable(byId.get(key)));
    }

    Optional<S> byNumber(N key) {
        checkNotNull(key, "number");
        return transactions.locked(() -> Optional.ofNullable(byNumber.get(key)).map(byId::get));
    }

    /**
     * Stores {@code next}, a record loaded at version {@code expected} (0 for a new one).
     *
     * @throws VersionConflictException when the stored version is not {@code expected}, or the number is taken
     */
    void save(S next, long expected) {
        checkNotNull(next, "next");
        I key = id.apply(next);
        N taken = number.apply(next);
        transactions.locked(() -> {
            S stored = byId.get(key);
            I holder = byNumber.get(taken);
            long actual = stored != null ? version.applyAsLong(stored)
                    : holder != null ? version.applyAsLong(byId.get(holder)) : 0;
            if (actual != expected || (stored == null && holder != null)) {
                throw new VersionConflictException(record, taken.toString(), expected, actual);
            }
            byId.put(key, next);
            byNumber.put(taken, key);
            transactions.onRollback(() -> undo(next, stored));
            return null;
        });
    }

    private void undo(S written, S previous) {
        if (previous == null) {
            byId.remove(id.apply(written));
            byNumber.remove(number.apply(written));
        } else {
            byId.put(id.apply(previous), previous);
        }
    }

    /** A store of records that have no number of their own (rosters, swaps, handovers): the id serves as both. */
    static <I, S> SnapshotStore<I, I, S> withoutNumbers(InMemoryTransactions transactions, String record,
                                                        Function<S, I> id, ToLongFunction<S> version) {
        return new SnapshotStore<>(transactions, record, id, id, version);
    }

    /** Every stored snapshot, in no order. */
    List<S> all() {
        return transactions.locked(() -> List.copyOf(byId.values()));
    }

    int size() {
        return byId.size();
    }

    /** Every stored snapshot as it is stored now, by id. */
    Map<I, S> snapshots() {
        return transactions.locked(() -> Map.copyOf(byId));
    }
}
