package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.servicelevel.out.SlaStandings;
import org.itilhis.ports.servicelevel.out.StoredStanding;

/**
 * Standings in a map by ticket id; every write rolls back with its transaction. A put
 * compares versions and writes under the transaction lock, so it is atomic. Every ticket has
 * a standing from the start ({@link #completeAfter()} is the epoch).
 */
public final class InMemorySlaStandings implements SlaStandings {
    private final InMemoryTransactions transactions;
    private final ConcurrentSkipListMap<String, StoredStanding> standings = new ConcurrentSkipListMap<>();

    public InMemorySlaStandings(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public void put(StoredStanding standing) {
        checkNotNull(standing, "standing");
        String key = key(standing.standing().ticketId());
        transactions.locked(() -> {
            StoredStanding stored = standings.get(key);
            if (stored != null && stored.ticketVersion() > standing.ticketVersion()) {
                return null;
            }
            StoredStanding previous = standings.put(key, standing);
            transactions.onRollback(() -> {
                if (previous == null) {
                    standings.remove(key);
                } else {
                    standings.put(key, previous);
                }
            });
            return null;
        });
    }

    @Override
    public void forEachReported(Instant from, Instant to, Consumer<StoredStanding> sink) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkNotNull(sink, "sink");
        List<StoredStanding> reported = standings.values().stream()
                .filter(s -> s.watched() || !s.standing().raisedAt().isBefore(from) && s.standing().raisedAt().isBefore(to))
                .toList();
        reported.forEach(sink);
    }

    @Override
    public void forEachReported(Instant from, Instant to, Collection<TicketId> among, Consumer<StoredStanding> sink) {
        checkNotNull(among, "among");
        Set<TicketId> wanted = Set.copyOf(among);
        forEachReported(from, to, stored -> {
            if (wanted.contains(stored.standing().ticketId())) {
                sink.accept(stored);
            }
        });
    }

    @Override
    public long watched() {
        return standings.values().stream().filter(StoredStanding::watched).count();
    }

    @Override
    public Instant completeAfter() {
        return Instant.EPOCH;
    }

    private static String key(TicketId id) {
        return checkNotNull(id, "ticketId").toString();
    }
}
