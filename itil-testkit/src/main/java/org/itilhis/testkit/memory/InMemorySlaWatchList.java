package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.servicelevel.in.DeadlinePosition;
import org.itilhis.ports.servicelevel.out.ClockWatch;
import org.itilhis.ports.servicelevel.out.SlaWatchList;

/**
 * Watches in a map by ticket id; every write rolls back with its transaction. A put
 * compares versions and writes under the transaction lock, so it is atomic.
 */
public final class InMemorySlaWatchList implements SlaWatchList {
    private final InMemoryTransactions transactions;
    private final ConcurrentSkipListMap<String, ClockWatch> watches = new ConcurrentSkipListMap<>();
    private final AtomicLong position = new AtomicLong();

    public InMemorySlaWatchList(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public long position() {
        return position.get();
    }

    @Override
    public void advanceTo(long next) {
        transactions.locked(() -> {
            long before = position.get();
            checkArgument(next >= before, "position %s is below the stored %s", next, before);
            position.set(next);
            transactions.onRollback(() -> position.set(before));
            return null;
        });
    }

    @Override
    public void put(ClockWatch watch) {
        checkNotNull(watch, "watch");
        transactions.locked(() -> {
            ClockWatch stored = watches.get(key(watch.ticketId()));
            if (stored != null && stored.ticketVersion() > watch.ticketVersion()) {
                return null;
            }
            return restoreOnRollback(watch.ticketId(), watches.put(key(watch.ticketId()), watch));
        });
    }

    @Override
    public void remove(TicketId ticketId) {
        transactions.locked(() -> restoreOnRollback(ticketId, watches.remove(key(ticketId))));
    }

    private Void restoreOnRollback(TicketId ticketId, ClockWatch previous) {
        transactions.onRollback(() -> {
            if (previous == null) {
                watches.remove(key(ticketId));
            } else {
                watches.put(key(ticketId), previous);
            }
        });
        return null;
    }

    @Override
    public Optional<ClockWatch> find(TicketId ticketId) {
        return Optional.ofNullable(watches.get(key(ticketId)));
    }

    @Override
    public List<ClockWatch> due(Instant now, int limit) {
        checkNotNull(now, "now");
        return watches.values().stream()
                .filter(w -> w.nextCheckAt().map(at -> !at.isAfter(now)).orElse(false))
                .sorted(Comparator.comparing((ClockWatch w) -> w.nextCheckAt().orElseThrow())
                        .thenComparing(w -> key(w.ticketId())))
                .limit(limit).toList();
    }

    @Override
    public List<ClockWatch> queue(Set<TicketStatus> statuses, Set<GroupId> groups, Optional<DeadlinePosition> after,
                                  int limit) {
        return watches.values().stream()
                .filter(w -> statuses.contains(w.status()) && (groups.isEmpty() || groups.contains(w.group())))
                .filter(w -> after.map(position -> w.position().compareTo(position) > 0).orElse(true))
                .sorted(Comparator.comparing(ClockWatch::position))
                .limit(limit).toList();
    }

    @Override
    public List<ClockWatch> atRiskOrDue(Instant now, Optional<TicketId> after, int limit) {
        checkNotNull(now, "now");
        return (after.isPresent() ? watches.tailMap(key(after.get()), false) : watches).values().stream()
                .filter(w -> w.atRisk() || w.nextCheckAt().map(at -> !at.isAfter(now)).orElse(false))
                .limit(limit).toList();
    }

    @Override
    public List<ClockWatch> list(Optional<TicketId> after, int limit) {
        return (after.isPresent() ? watches.tailMap(key(after.get()), false) : watches).values().stream()
                .limit(limit).toList();
    }

    @Override
    public long count() {
        return watches.size();
    }

    private static String key(TicketId id) {
        return checkNotNull(id, "ticketId").toString();
    }
}
