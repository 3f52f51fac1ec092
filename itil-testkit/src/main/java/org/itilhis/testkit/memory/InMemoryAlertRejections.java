package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.itilhis.core.monitoring.AlertRejection;
import org.itilhis.ports.monitoring.in.RejectionView;
import org.itilhis.ports.monitoring.out.AlertRejectionLog;

/** The rejected deliveries and alerts in memory, numbered from 1, undone with their transaction. */
public final class InMemoryAlertRejections implements AlertRejectionLog {
    private final InMemoryTransactions transactions;
    private final NavigableMap<Long, AlertRejection> byId = new TreeMap<>();
    private long lastId;

    public InMemoryAlertRejections(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public void record(List<AlertRejection> rejections) {
        List<AlertRejection> given = List.copyOf(checkNotNull(rejections, "rejections"));
        transactions.locked(() -> {
            for (AlertRejection rejection : given) {
                long id = ++lastId;
                byId.put(id, rejection);
                transactions.onRollback(() -> byId.remove(id));
            }
            return null;
        });
    }

    @Override
    public List<RejectionView> before(Optional<Long> before, int limit) {
        checkNotNull(before, "before");
        checkArgument(limit > 0, "limit %s", limit);
        return transactions.locked(() -> byId.headMap(before.orElse(Long.MAX_VALUE), false).descendingMap().entrySet()
                .stream().limit(limit).map(e -> new RejectionView(e.getKey(), e.getValue())).toList());
    }
}
