package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.core.ticket.WorkQueueOrder;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.out.TicketRepository;

/**
 * Tickets in a map of snapshots. Every load restores a fresh aggregate, so a command that
 * fails half-way never touches what is stored. Reads wait for a running transaction of
 * another thread, so they never see its uncommitted writes.
 */
public final class InMemoryTicketRepository implements TicketRepository {
    private final InMemoryTransactions transactions;
    private final Map<TicketId, TicketSnapshot> byId = new ConcurrentHashMap<>();
    private final Map<TicketNumber, TicketId> byNumber = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public InMemoryTicketRepository(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public TicketId nextId() {
        return new TicketId(new UUID(0x7_1C_E7L, ids.incrementAndGet()));
    }

    @Override
    public Optional<Ticket> find(TicketId id) {
        checkNotNull(id, "id");
        return transactions.locked(() -> Optional.ofNullable(byId.get(id))).map(Ticket::restore);
    }

    @Override
    public Optional<Ticket> findByNumber(TicketNumber number) {
        checkNotNull(number, "number");
        return transactions.locked(() -> Optional.ofNullable(byNumber.get(number)).map(byId::get))
                .map(Ticket::restore);
    }

    @Override
    public void save(Ticket ticket) {
        TicketSnapshot next = ticket.snapshot();
        long expected = next.version() - ticket.pendingEvents().size();
        transactions.locked(() -> {
            TicketSnapshot stored = byId.get(next.id());
            long actual = stored == null ? 0 : stored.version();
            TicketId holder = byNumber.get(next.number());
            if (actual != expected || (stored == null && holder != null)) {
                throw new VersionConflictException("ticket", next.number().toString(), expected,
                        holder != null && stored == null ? byId.get(holder).version() : actual);
            }
            byId.put(next.id(), next);
            byNumber.put(next.number(), next.id());
            transactions.onRollback(() -> restore(next, stored));
            return null;
        });
    }

    private void restore(TicketSnapshot written, TicketSnapshot previous) {
        if (previous == null) {
            byId.remove(written.id());
            byNumber.remove(written.number());
        } else {
            byId.put(previous.id(), previous);
        }
    }

    @Override
    public List<Ticket> search(TicketSearch search) {
        return transactions.locked(() -> List.copyOf(byId.values())).stream()
                .filter(s -> matches(s, search))
                .map(Ticket::restore)
                .filter(ticket -> search.priority().map(ticket.priority()::equals).orElse(true))
                .filter(ticket -> search.after().map(after -> after.precedes(ticket)).orElse(true))
                .sorted(WorkQueueOrder.TICKETS)
                .limit(search.limit())
                .toList();
    }

    /** How many tickets are stored. */
    public int size() {
        return byId.size();
    }

    /** Every stored ticket as it is stored now, by id: for invariant checks that compare whole stores. */
    public Map<TicketId, TicketSnapshot> snapshots() {
        return transactions.locked(() -> Map.copyOf(byId));
    }

    private static boolean matches(TicketSnapshot s, TicketSearch q) {
        return (q.statuses().isEmpty() || q.statuses().contains(s.status()))
                && q.type().map(s.type()::equals).orElse(true)
                && (q.groups().isEmpty() || q.groups().contains(s.group()))
                && q.engineer().map(e -> s.engineer().equals(Optional.of(e))).orElse(true)
                && q.caller().map(s.details().caller()::equals).orElse(true)
                && q.department().map(s.details().department()::equals).orElse(true)
                && q.text().map(t -> contains(s, t)).orElse(true)
                && q.raisedFrom().map(from -> !s.raisedAt().isBefore(from)).orElse(true)
                && q.raisedBefore().map(before -> s.raisedAt().isBefore(before)).orElse(true)
                && q.reach().map(reach -> reach.covers(s.details().caller(), s.group(), s.engineer())).orElse(true);
    }

    private static boolean contains(TicketSnapshot s, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return s.details().summary().toLowerCase(Locale.ROOT).contains(wanted)
                || s.details().description().toLowerCase(Locale.ROOT).contains(wanted);
    }
}
