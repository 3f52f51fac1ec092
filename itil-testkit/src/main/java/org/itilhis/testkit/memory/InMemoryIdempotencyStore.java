package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.IdempotencyStore;
import org.itilhis.ports.common.IdempotentOutcome;

/** Idempotency records in a map; a record rolls back with its transaction. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {
    private final InMemoryTransactions transactions;
    private final Map<String, IdempotentOutcome> outcomes = new ConcurrentHashMap<>();

    public InMemoryIdempotencyStore(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public Optional<IdempotentOutcome> find(StaffId actor, String key) {
        return Optional.ofNullable(outcomes.get(scoped(actor, key)));
    }

    @Override
    public boolean record(StaffId actor, String key, IdempotentOutcome outcome) {
        checkNotNull(outcome, "outcome");
        String scoped = scoped(actor, key);
        return transactions.locked(() -> {
            if (outcomes.putIfAbsent(scoped, outcome) != null) {
                return false;
            }
            transactions.onRollback(() -> outcomes.remove(scoped));
            return true;
        });
    }

    private static String scoped(StaffId actor, String key) {
        return checkNotNull(actor, "actor").value() + "\u0000" + checkNotNull(key, "key");
    }
}
