package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.monitoring.AlertStatus;
import org.itilhis.core.monitoring.ReceivedAlert;
import org.itilhis.ports.monitoring.in.AlertSearch;
import org.itilhis.ports.monitoring.in.AlertView;
import org.itilhis.ports.monitoring.out.AlertLog;
import org.itilhis.ports.monitoring.out.StoredAlert;

/**
 * The alert log in a sorted map by position, each delivery once (keyed by source, fingerprint,
 * status and start); a record is undone with the transaction that wrote it.
 */
public final class InMemoryAlertLog implements AlertLog {
    private final InMemoryTransactions transactions;
    private final NavigableMap<Long, StoredAlert> alerts = new TreeMap<>();
    private final Map<Delivery, StoredAlert> deliveries = new HashMap<>();
    private long lastPosition;

    public InMemoryAlertLog(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public Recorded record(ReceivedAlert alert, Optional<CiId> ci, Instant receivedAt) {
        checkNotNull(alert, "alert");
        checkNotNull(ci, "ci");
        checkNotNull(receivedAt, "receivedAt");
        Delivery delivery = new Delivery(alert.source(), alert.fingerprint(), alert.status(), alert.startsAt());
        return transactions.locked(() -> {
            StoredAlert known = deliveries.get(delivery);
            if (known != null) {
                return new Recorded(known, false);
            }
            StoredAlert stored = new StoredAlert(++lastPosition, alert, ci, receivedAt);
            alerts.put(stored.position(), stored);
            deliveries.put(delivery, stored);
            transactions.onRollback(() -> {
                alerts.remove(stored.position());
                deliveries.remove(delivery);
            });
            return new Recorded(stored, true);
        });
    }

    @Override
    public List<StoredAlert> after(long position, int limit) {
        checkArgument(limit > 0, "limit %s is not positive", limit);
        return transactions.locked(() -> alerts.tailMap(position, false).values().stream().limit(limit).toList());
    }

    @Override
    public Optional<StoredAlert> find(long position) {
        return transactions.locked(() -> Optional.ofNullable(alerts.get(position)));
    }

    @Override
    public List<StoredAlert> search(AlertSearch search) {
        checkNotNull(search, "search");
        return transactions.locked(() -> alerts.descendingMap().values().stream()
                .filter(stored -> search.matches(new AlertView(stored.position(), stored.alert(), stored.ci(),
                        stored.receivedAt())))
                .limit(search.limit()).toList());
    }

    private record Delivery(String source, String fingerprint, AlertStatus status, Instant startsAt) {
    }
}
