package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.repair.Repair;
import org.itilhis.core.repair.RepairId;
import org.itilhis.core.repair.RepairSnapshot;
import org.itilhis.core.repair.RepairStatus;
import org.itilhis.ports.operations.in.RepairSearch;
import org.itilhis.ports.operations.out.RepairRepository;

/** Repairs in a map of snapshots, like {@link InMemorySwapRepository}. */
public final class InMemoryRepairRepository implements RepairRepository {
    private static final Comparator<RepairSnapshot> BY_OPENING = Comparator.comparing(RepairSnapshot::openedAt)
            .thenComparing(s -> s.id().value());
    private final SnapshotStore<RepairId, RepairId, RepairSnapshot> store;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryRepairRepository(InMemoryTransactions transactions) {
        this.store = SnapshotStore.withoutNumbers(transactions, "repair", RepairSnapshot::id, RepairSnapshot::version);
    }

    @Override
    public RepairId nextId() {
        return new RepairId(new UUID(0x4E9AL, ids.incrementAndGet()));
    }

    @Override
    public Optional<Repair> find(RepairId id) {
        checkNotNull(id, "id");
        return store.byId(id).map(Repair::restore);
    }

    @Override
    public void save(Repair repair) {
        RepairSnapshot next = repair.snapshot();
        store.save(next, next.version() - repair.pendingEvents().size());
    }

    @Override
    public List<Repair> search(RepairSearch search) {
        checkNotNull(search, "search");
        return store.all().stream()
                .filter(s -> search.ci().map(ci -> s.opening().ci().equals(ci)).orElse(true))
                .filter(s -> !search.openOnly() || !s.status().isTerminal())
                .filter(s -> search.after().map(p -> BY_OPENING.compare(s, positioned(s, p)) > 0).orElse(true))
                .sorted(BY_OPENING)
                .limit(search.limit())
                .map(Repair::restore).toList();
    }

    @Override
    public List<Repair> downOverlapping(Instant from, Instant to) {
        return store.all().stream()
                .filter(s -> s.status() != RepairStatus.CANCELLED)
                .filter(s -> Repair.restore(s).downtime().overlaps(from, to))
                .sorted(Comparator.comparing((RepairSnapshot s) -> s.opening().downtimeStart())
                        .thenComparing(s -> s.id().value()))
                .map(Repair::restore).toList();
    }

    @Override
    public List<Repair> openedBetween(Instant from, Instant to) {
        return store.all().stream()
                .filter(s -> !s.openedAt().isBefore(from) && s.openedAt().isBefore(to))
                .sorted(BY_OPENING)
                .map(Repair::restore).toList();
    }

    /** A snapshot standing where {@code position} is, to compare with by opening. */
    private static RepairSnapshot positioned(RepairSnapshot like, RepairSearch.Position position) {
        return new RepairSnapshot(position.id(), like.opening(), like.status(), like.downtimeEnd(), like.cost(),
                like.parts(), like.cancelReason(), like.openedBy(), position.openedAt(), like.updatedAt(),
                like.version());
    }
}
