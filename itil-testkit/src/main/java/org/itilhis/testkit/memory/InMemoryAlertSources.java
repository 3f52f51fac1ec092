package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.itilhis.core.monitoring.AlertSource;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.monitoring.out.AlertSourceRepository;

/** The monitoring sources in memory, as snapshots by code: each version saved only over the one expected, undone with its transaction. */
public final class InMemoryAlertSources implements AlertSourceRepository {
    private final InMemoryTransactions transactions;
    private final Map<String, AlertSource.Snapshot> byCode = new TreeMap<>();

    public InMemoryAlertSources(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public Optional<AlertSource> find(String code) {
        checkNotNull(code, "code");
        return transactions.locked(() -> Optional.ofNullable(byCode.get(code)).map(AlertSource::restore));
    }

    @Override
    public List<AlertSource> all() {
        return transactions.locked(() -> byCode.values().stream().map(AlertSource::restore).toList());
    }

    @Override
    public void save(AlertSource source, long expectedVersion) {
        AlertSource.Snapshot next = checkNotNull(source, "source").snapshot();
        transactions.locked(() -> {
            AlertSource.Snapshot stored = byCode.get(next.code());
            long actual = stored == null ? 0 : stored.version();
            if (actual != expectedVersion) {
                throw new VersionConflictException("alert-source", next.code(), expectedVersion, actual);
            }
            byCode.put(next.code(), next);
            transactions.onRollback(() -> {
                if (stored == null) {
                    byCode.remove(next.code());
                } else {
                    byCode.put(next.code(), stored);
                }
            });
            return null;
        });
    }
}
