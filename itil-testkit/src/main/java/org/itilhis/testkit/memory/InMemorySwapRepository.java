package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.roster.Swap;
import org.itilhis.core.roster.SwapId;
import org.itilhis.core.roster.SwapSnapshot;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.roster.out.SwapRepository;

/** Duty swaps in a map of snapshots, like {@link InMemoryRosterRepository}. */
public final class InMemorySwapRepository implements SwapRepository {
    private final InMemoryTransactions transactions;
    private final Map<SwapId, SwapSnapshot> byId = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public InMemorySwapRepository(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public SwapId nextId() {
        return new SwapId(new UUID(0x5A4AL, ids.incrementAndGet()));
    }

    @Override
    public Optional<Swap> find(SwapId id) {
        checkNotNull(id, "id");
        return transactions.locked(() -> Optional.ofNullable(byId.get(id))).map(Swap::restore);
    }

    @Override
    public void save(Swap swap) {
        SwapSnapshot next = swap.snapshot();
        long expected = next.version() - swap.pendingEvents().size();
        transactions.locked(() -> {
            SwapSnapshot stored = byId.get(next.id());
            long actual = stored == null ? 0 : stored.version();
            if (actual != expected) {
                throw new VersionConflictException("swap", next.id().toString(), expected, actual);
            }
            byId.put(next.id(), next);
            transactions.onRollback(() -> {
                if (stored == null) {
                    byId.remove(next.id());
                } else {
                    byId.put(stored.id(), stored);
                }
            });
            return null;
        });
    }

    @Override
    public List<Swap> ofGroup(GroupId group) {
        checkNotNull(group, "group");
        return transactions.locked(() -> List.copyOf(byId.values())).stream()
                .filter(s -> s.request().group().equals(group))
                .sorted(Comparator.comparing(SwapSnapshot::requestedAt).reversed()
                        .thenComparing(s -> s.id().toString()))
                .map(Swap::restore).toList();
    }
}
