package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.monitoring.AlertMappings;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.monitoring.out.AlertMappingRepository;

/** The alert mapping rules in memory, one snapshot saved only over the version expected, undone with its transaction. */
public final class InMemoryAlertMappings implements AlertMappingRepository {
    private final InMemoryTransactions transactions;
    private AlertMappings.Snapshot stored;

    public InMemoryAlertMappings(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public AlertMappings current() {
        return transactions.locked(() -> stored == null ? AlertMappings.hospitalDefault()
                : AlertMappings.restore(stored));
    }

    @Override
    public void save(AlertMappings mappings, long expectedVersion) {
        AlertMappings.Snapshot next = checkNotNull(mappings, "mappings").snapshot();
        transactions.locked(() -> {
            AlertMappings.Snapshot before = stored;
            long actual = before == null ? 0 : before.version();
            if (actual != expectedVersion) {
                throw new VersionConflictException("alert-mappings", AlertMappings.AGGREGATE_ID, expectedVersion,
                        actual);
            }
            stored = next;
            transactions.onRollback(() -> stored = before);
            return null;
        });
    }
}
