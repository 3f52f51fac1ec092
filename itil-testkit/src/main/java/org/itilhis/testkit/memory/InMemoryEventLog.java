package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.common.EventLog;
import org.itilhis.ports.common.LoggedEvent;

/**
 * The event log as a list; appends roll back with the transaction that made them.
 *
 * <p>It does not offer the optional {@link org.itilhis.ports.common.AuditTrail} port: it keeps no
 * hashes, and its list lives in the process, out of reach of anyone who could change it behind
 * the application's back, so a verification would have nothing to find. The JDBC adapter's log
 * offers it.
 */
public final class InMemoryEventLog implements EventLog {
    private final InMemoryTransactions transactions;
    private final List<LoggedEvent> log = new ArrayList<>();

    public InMemoryEventLog(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public void append(List<? extends DomainEvent> events) {
        checkNotNull(events, "events");
        transactions.locked(() -> {
            int before = log.size();
            for (DomainEvent event : events) {
                log.add(new LoggedEvent(log.size() + 1L, checkNotNull(event, "event")));
            }
            transactions.onRollback(() -> log.subList(before, log.size()).clear());
            return null;
        });
    }

    @Override
    public List<DomainEvent> history(String aggregateId) {
        checkNotNull(aggregateId, "aggregateId");
        return transactions.locked(() -> log.stream()
                .map(LoggedEvent::event)
                .filter(event -> event.aggregateId().equals(aggregateId))
                .toList());
    }

    @Override
    public List<LoggedEvent> readAfter(long position, int limit) {
        checkArgument(position >= 0, "position %s is negative", position);
        checkArgument(limit >= 1, "limit %s must be positive", limit);
        return transactions.locked(() -> List.copyOf(
                log.subList((int) Math.min(position, log.size()), (int) Math.min(position + limit, log.size()))));
    }

    @Override
    public long head() {
        return transactions.locked(() -> log.isEmpty() ? 0 : log.get(log.size() - 1).position());
    }

    /** Every event, in order. */
    public List<DomainEvent> all() {
        return transactions.locked(() -> log.stream().map(LoggedEvent::event).toList());
    }
}
