package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
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
    private final SnapshotStore<TicketId, TicketNumber, TicketSnapshot> store;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryTicketRepository(InMemoryTransactions transactions) {
        this.store = new SnapshotStore<>(transactions, "ticket", TicketSnapshot::id, TicketSnapshot::number,
                TicketSnapshot::version);
    }

    @Override
    public TicketId nextId() {
        return new TicketId(new UUID(0x7_1C_E7L, ids.incrementAndGet()));
    }

    @Override
    public Optional<Ticket> find(TicketId id) {
        checkNotNull(id, "id");
        return store.byId(id).map(Ticket::restore);
    }

    @Override
    public Optional<Ticket> findByNumber(TicketNumber number) {
        checkNotNull(number, "number");
        return store.byNumber(number).map(Ticket::restore);
    }

    @Override
    public void save(Ticket ticket) {
        TicketSnapshot next = ticket.snapshot();
        long expected = next.version() - ticket.pendingEvents().size();
        store.save(next, expected);
    }

    @Override
    public List<Ticket> search(TicketSearch search) {
        return store.all().stream()
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
        return store.size();
    }

    /** Every stored ticket as it is stored now, by id: for invariant checks that compare whole stores. */
    public Map<TicketId, TicketSnapshot> snapshots() {
        return store.snapshots();
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
