package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.ports.change.out.ChangeTemplates;

/** Standard change templates in a map, written and undone with their transaction like the other in-memory stores. */
public final class InMemoryChangeTemplates implements ChangeTemplates {
    private final InMemoryTransactions transactions;
    private final Map<String, ChangeTemplate> stored = new ConcurrentHashMap<>();

    public InMemoryChangeTemplates(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public void save(ChangeTemplate value) {
        checkNotNull(value, "value");
        transactions.locked(() -> {
            ChangeTemplate previous = stored.put(value.code(), value);
            transactions.onRollback(() -> {
                if (previous == null) {
                    stored.remove(value.code());
                } else {
                    stored.put(value.code(), previous);
                }
            });
            return null;
        });
    }

    @Override
    public Optional<ChangeTemplate> find(String code) {
        checkNotNull(code, "code");
        return transactions.locked(() -> Optional.ofNullable(stored.get(code)));
    }

    @Override
    public List<ChangeTemplate> all() {
        return transactions.locked(() -> stored.values().stream()
                .sorted(Comparator.comparing(value -> value.code().toString())).toList());
    }
}
