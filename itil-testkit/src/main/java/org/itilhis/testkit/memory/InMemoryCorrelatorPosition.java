package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.monitoring.out.CorrelatorPosition;

/** The correlator's position in a field; each compare-and-set runs under the transaction lock and is undone with its transaction. */
public final class InMemoryCorrelatorPosition implements CorrelatorPosition {
    private final InMemoryTransactions transactions;
    private long position;

    public InMemoryCorrelatorPosition(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public long position() {
        return transactions.locked(() -> position);
    }

    @Override
    public boolean advance(long from, long to) {
        checkArgument(to > from, "position %s is not after %s", to, from);
        return transactions.locked(() -> {
            if (position != from) {
                return false;
            }
            position = to;
            transactions.onRollback(() -> position = from);
            return true;
        });
    }
}
