package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.roster.Handover;
import org.itilhis.core.roster.HandoverId;
import org.itilhis.core.roster.HandoverSnapshot;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.roster.out.HandoverRepository;

/** Shift handovers in a map of snapshots, like {@link InMemoryRosterRepository}. */
public final class InMemoryHandoverRepository implements HandoverRepository {
    private static final Comparator<HandoverSnapshot> BY_SHIFT_CHANGE =
            Comparator.comparing(HandoverSnapshot::shiftChange).thenComparing(s -> s.id().toString());

    private final InMemoryTransactions transactions;
    private final Map<HandoverId, HandoverSnapshot> byId = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public InMemoryHandoverRepository(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public HandoverId nextId() {
        return new HandoverId(new UUID(0x4A0DL, ids.incrementAndGet()));
    }

    @Override
    public Optional<Handover> find(HandoverId id) {
        checkNotNull(id, "id");
        return transactions.locked(() -> Optional.ofNullable(byId.get(id))).map(Handover::restore);
    }

    @Override
    public void save(Handover handover) {
        HandoverSnapshot next = handover.snapshot();
        long expected = next.version() - handover.pendingEvents().size();
        transactions.locked(() -> {
            HandoverSnapshot stored = byId.get(next.id());
            long actual = stored == null ? 0 : stored.version();
            if (actual != expected) {
                throw new VersionConflictException("handover", next.id().toString(), expected, actual);
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
    public List<Handover> ofGroup(GroupId group, Instant from, Instant to) {
        checkNotNull(group, "group");
        return transactions.locked(() -> List.copyOf(byId.values())).stream()
                .filter(s -> s.group().equals(group) && !s.shiftChange().isBefore(from) && s.shiftChange().isBefore(to))
                .sorted(BY_SHIFT_CHANGE).map(Handover::restore).toList();
    }

    @Override
    public List<Handover> unsignedChangedBefore(Instant before) {
        checkNotNull(before, "before");
        return transactions.locked(() -> List.copyOf(byId.values())).stream()
                .filter(s -> s.shiftChange().isBefore(before)
                        && (s.outgoingSignedAt().isEmpty() || s.incomingSignedAt().isEmpty()))
                .sorted(BY_SHIFT_CHANGE).map(Handover::restore).toList();
    }
}
