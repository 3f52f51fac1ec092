package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.itilhis.ports.notification.out.RelayPositions;

/** The relay's positions in a map; each compare-and-set runs under the transaction lock and is undone with its transaction. */
public final class InMemoryRelayPositions implements RelayPositions {
    private final InMemoryTransactions transactions;
    private final Map<String, Long> positions = new TreeMap<>();

    public InMemoryRelayPositions(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public Optional<Long> find(String subscriber) {
        checkNotNull(subscriber, "subscriber");
        return transactions.locked(() -> Optional.ofNullable(positions.get(subscriber)));
    }

    @Override
    public boolean start(String subscriber, long position) {
        checkNotNull(subscriber, "subscriber");
        checkArgument(position >= 0, "position %s is negative", position);
        return transactions.locked(() -> {
            if (positions.containsKey(subscriber)) {
                return false;
            }
            positions.put(subscriber, position);
            transactions.onRollback(() -> positions.remove(subscriber));
            return true;
        });
    }

    @Override
    public boolean advance(String subscriber, long from, long to) {
        checkNotNull(subscriber, "subscriber");
        checkArgument(to > from, "position %s is not after %s", to, from);
        return transactions.locked(() -> {
            Long stored = positions.get(subscriber);
            if (stored == null || stored != from) {
                return false;
            }
            positions.put(subscriber, to);
            transactions.onRollback(() -> positions.put(subscriber, from));
            return true;
        });
    }

    @Override
    public Map<String, Long> all() {
        return transactions.locked(() -> Collections.unmodifiableMap(new TreeMap<>(positions)));
    }
}
