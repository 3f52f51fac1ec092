package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.ports.servicelevel.out.EscalationLog;

/** Escalation keys in a set; a record rolls back with its transaction. */
public final class InMemoryEscalationLog implements EscalationLog {
    private final InMemoryTransactions transactions;
    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    public InMemoryEscalationLog(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public boolean record(ThresholdCrossed escalation) {
        String key = checkNotNull(escalation, "escalation").key();
        return transactions.locked(() -> {
            if (!keys.add(key)) {
                return false;
            }
            transactions.onRollback(() -> keys.remove(key));
            return true;
        });
    }
}
