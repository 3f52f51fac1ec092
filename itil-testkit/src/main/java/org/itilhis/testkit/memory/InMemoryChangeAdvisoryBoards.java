package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.ChangeAdvisoryBoard;
import org.itilhis.ports.change.out.ChangeAdvisoryBoards;

/** Change advisory boards in a map, written and undone with their transaction like the other in-memory stores. */
public final class InMemoryChangeAdvisoryBoards implements ChangeAdvisoryBoards {
    private final InMemoryTransactions transactions;
    private final Map<CabId, ChangeAdvisoryBoard> stored = new ConcurrentHashMap<>();

    public InMemoryChangeAdvisoryBoards(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public void save(ChangeAdvisoryBoard value) {
        checkNotNull(value, "value");
        transactions.locked(() -> {
            ChangeAdvisoryBoard previous = stored.put(value.id(), value);
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
    public Optional<ChangeAdvisoryBoard> find(CabId id) {
        checkNotNull(id, "id");
        return transactions.locked(() -> Optional.ofNullable(stored.get(id)));
    }

    @Override
    public List<ChangeAdvisoryBoard> all() {
        return transactions.locked(() -> stored.values().stream()
                .sorted(Comparator.comparing(value -> value.id().toString())).toList());
    }
}
