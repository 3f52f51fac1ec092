package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.roster.Handover;
import org.itilhis.core.roster.HandoverId;
import org.itilhis.core.roster.HandoverSnapshot;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.roster.out.HandoverRepository;

/** Shift handovers in a map of snapshots, like {@link InMemoryRosterRepository}. */
public final class InMemoryHandoverRepository implements HandoverRepository {
    private static final Comparator<HandoverSnapshot> BY_SHIFT_CHANGE =
            Comparator.comparing(HandoverSnapshot::shiftChange).thenComparing(s -> s.id().toString());

    private final SnapshotStore<HandoverId, HandoverId, HandoverSnapshot> store;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryHandoverRepository(InMemoryTransactions transactions) {
        this.store = SnapshotStore.withoutNumbers(transactions, "handover", HandoverSnapshot::id, HandoverSnapshot::version);
    }

    @Override
    public HandoverId nextId() {
        return new HandoverId(new UUID(0x4A0DL, ids.incrementAndGet()));
    }

    @Override
    public Optional<Handover> find(HandoverId id) {
        checkNotNull(id, "id");
        return store.byId(id).map(Handover::restore);
    }

    @Override
    public void save(Handover handover) {
        HandoverSnapshot next = handover.snapshot();
        long expected = next.version() - handover.pendingEvents().size();
        store.save(next, expected);
    }

    @Override
    public List<Handover> ofGroup(GroupId group, Instant from, Instant to) {
        checkNotNull(group, "group");
        return store.all().stream()
                .filter(s -> s.group().equals(group) && !s.shiftChange().isBefore(from) && s.shiftChange().isBefore(to))
                .sorted(BY_SHIFT_CHANGE).map(Handover::restore).toList();
    }

    @Override
    public List<Handover> unsignedChangedBefore(Instant before) {
        checkNotNull(before, "before");
        return store.all().stream()
                .filter(s -> s.shiftChange().isBefore(before)
                        && (s.outgoingSignedAt().isEmpty() || s.incomingSignedAt().isEmpty()))
                .sorted(BY_SHIFT_CHANGE).map(Handover::restore).toList();
    }
}
