package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ChangeWindowId;
import org.itilhis.ports.change.out.ChangeWindows;

/** Blackout and maintenance windows in a map, written and undone with their transaction like the other in-memory stores. */
public final class InMemoryChangeWindows implements ChangeWindows {
    private final InMemoryTransactions transactions;
    private final Map<ChangeWindowId, ChangeWindow> stored = new ConcurrentHashMap<>();

    public InMemoryChangeWindows(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public void save(ChangeWindow value) {
        checkNotNull(value, "value");
        transactions.locked(() -> {
            ChangeWindow previous = stored.put(value.id(), value);
            transactions.onRollback(() -> {
                if (previous == null) {
                    stored.remove(value.id());
                } else {
                    stored.put(value.id(), previous);
                }
            });
            return null;
        });
    }

    @Override
    public Optional<ChangeWindow> find(ChangeWindowId id) {
        checkNotNull(id, "id");
        return transactions.locked(() -> Optional.ofNullable(stored.get(id)));
    }

    @Override
    public List<ChangeWindow> all() {
        return transactions.locked(() -> stored.values().stream()
                .sorted(Comparator.comparing(value -> value.id().toString())).toList());
    }

    @Override
    public boolean remove(ChangeWindowId id) {
        checkNotNull(id, "id");
        return transactions.locked(() -> {
            ChangeWindow previous = stored.remove(id);
            if (previous != null) {
                transactions.onRollback(() -> stored.put(id, previous));
            }
            return previous != null;
        });
    }
}
