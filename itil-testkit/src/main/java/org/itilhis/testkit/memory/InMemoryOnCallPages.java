package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.servicedesk.out.OnCallPage;
import org.itilhis.ports.servicedesk.out.OnCallPages;

/**
 * Pages in a map by ticket and position; a record or a settlement rolls back with its
 * transaction, and both test and write under the transaction lock, so they are atomic.
 */
public final class InMemoryOnCallPages implements OnCallPages {
    private static final Comparator<OnCallPage> DUE_ORDER = Comparator.comparing(OnCallPage::deadline)
            .thenComparing(page -> page.ticket().toString()).thenComparingInt(OnCallPage::position);

    private final InMemoryTransactions transactions;
    private final Map<String, OnCallPage> pages = new ConcurrentHashMap<>();

    public InMemoryOnCallPages(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public boolean record(OnCallPage page) {
        checkNotNull(page, "page");
        checkArgument(page.isOpen(), "the page of %s at %s is settled already", page.number(), page.position());
        String key = key(page.ticket(), page.position());
        return transactions.locked(() -> {
            if (pages.putIfAbsent(key, page) != null) {
                return false;
            }
            transactions.onRollback(() -> pages.remove(key));
            return true;
        });
    }

    @Override
    public boolean settle(TicketId ticket, int position, OnCallPage.Outcome outcome, Instant at) {
        checkNotNull(ticket, "ticket");
        checkNotNull(outcome, "outcome");
        checkNotNull(at, "at");
        String key = key(ticket, position);
        return transactions.locked(() -> {
            OnCallPage open = pages.get(key);
            if (open == null || !open.isOpen()) {
                return false;
            }
            pages.put(key, open.settled(outcome, at));
            transactions.onRollback(() -> pages.put(key, open));
            return true;
        });
    }

    @Override
    public List<OnCallPage> due(Instant now, int limit) {
        checkNotNull(now, "now");
        checkArgument(limit > 0, "limit %s is not positive", limit);
        return pages.values().stream().filter(OnCallPage::isOpen).filter(page -> !page.deadline().isAfter(now))
                .sorted(DUE_ORDER).limit(limit).toList();
    }

    @Override
    public List<OnCallPage> of(TicketId ticket) {
        checkNotNull(ticket, "ticket");
        return pages.values().stream().filter(page -> page.ticket().equals(ticket))
                .sorted(Comparator.comparingInt(OnCallPage::position)).toList();
    }

    private static String key(TicketId ticket, int position) {
        return ticket + "/" + position;
    }
}
