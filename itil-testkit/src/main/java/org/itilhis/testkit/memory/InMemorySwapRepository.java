package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.roster.Swap;
import org.itilhis.core.roster.SwapId;
import org.itilhis.core.roster.SwapSnapshot;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.roster.out.SwapRepository;

/** Duty swaps in a map of snapshots, like {@link InMemoryRosterRepository}. */
public final class InMemorySwapRepository implements SwapRepository {
    private final SnapshotStore<SwapId, SwapId, SwapSnapshot> store;
    private final AtomicLong ids = new AtomicLong();

    public InMemorySwapRepository(InMemoryTransactions transactions) {
        this.store = SnapshotStore.withoutNumbers(transactions, "swap", SwapSnapshot::id, SwapSnapshot::version);
    }

    @Override
    public SwapId nextId() {
        return new SwapId(new UUID(0x5A4AL, ids.incrementAndGet()));
    }

    @Override
    public Optional<Swap> find(SwapId id) {
        checkNotNull(id, "id");
        return store.byId(id).map(Swap::restore);
    }

    @Override
    public void save(Swap swap) {
        SwapSnapshot next = swap.snapshot();
        long expected = next.version() - swap.pendingEvents().size();
        store.save(next, expected);
    }

    @Override
    public List<Swap> ofGroup(GroupId group) {
        checkNotNull(group, "group");
        return store.all().stream()
                .filter(s -> s.request().group().equals(group))
                .sorted(Comparator.comparing(SwapSnapshot::requestedAt).reversed()
                        .thenComparing(s -> s.id().toString()))
                .map(Swap::restore).toList();
    }
}
