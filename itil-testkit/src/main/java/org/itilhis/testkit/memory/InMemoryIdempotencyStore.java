package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.IdempotencyStore;
import org.itilhis.ports.common.IdempotentOutcome;

/**
 * Idempotency records in a map; a record rolls back with its transaction (a replaced expired
 * one comes back). A purge is not transactional: it removes at once.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {
    private final InMemoryTransactions transactions;
    private final Map<String, IdempotentOutcome> outcomes = new ConcurrentHashMap<>();

    public InMemoryIdempotencyStore(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public Optional<IdempotentOutcome> find(StaffId actor, String key, Instant notBefore) {
        checkNotNull(notBefore, "notBefore");
        return Optional.ofNullable(outcomes.get(scoped(actor, key))).filter(outcome -> !outcome.at().isBefore(notBefore));
    }

    @Override
    public boolean record(StaffId actor, String key, IdempotentOutcome outcome, Instant notBefore) {
        checkNotNull(outcome, "outcome");
        checkNotNull(notBefore, "notBefore");
        String scoped = scoped(actor, key);
        return transactions.locked(() -> {
            IdempotentOutcome prior = outcomes.get(scoped);
            if (prior != null && !prior.at().isBefore(notBefore)) {
                return false;
            }
            outcomes.put(scoped, outcome);
            transactions.onRollback(() -> {
                if (prior == null) {
                    outcomes.remove(scoped, outcome);
                } else {
                    outcomes.replace(scoped, outcome, prior);
                }
            });
            return true;
        });
    }

    @Override
    public int purgeRecordedBefore(Instant cutoff) {
        checkNotNull(cutoff, "cutoff");
        return transactions.locked(() -> {
            int before = outcomes.size();
            outcomes.values().removeIf(outcome -> outcome.at().isBefore(cutoff));
            return before - outcomes.size();
        });
    }

    private static String scoped(StaffId actor, String key) {
        return checkNotNull(actor, "actor").value() + "\u0000" + checkNotNull(key, "key");
    }
}
