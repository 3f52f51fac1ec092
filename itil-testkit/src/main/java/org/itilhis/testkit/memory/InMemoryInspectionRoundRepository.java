package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.inspection.InspectionRound;
import org.itilhis.core.inspection.RoundId;
import org.itilhis.core.inspection.RoundSlot;
import org.itilhis.core.inspection.RoundSnapshot;
import org.itilhis.core.inspection.RoundStatus;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.operations.out.InspectionRoundRepository;

/** Inspection rounds in a map of snapshots, their slot (schedule and due time) as the unique number. */
public final class InMemoryInspectionRoundRepository implements InspectionRoundRepository {
    private static final Comparator<RoundSnapshot> BY_DUE =
            Comparator.comparing(RoundSnapshot::due).thenComparing(s -> s.id().toString());

    private final SnapshotStore<RoundId, RoundSlot, RoundSnapshot> store;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryInspectionRoundRepository(InMemoryTransactions transactions) {
        this.store = new SnapshotStore<>(transactions, "inspection-round", RoundSnapshot::id, RoundSnapshot::slot,
                RoundSnapshot::version);
    }

    @Override
    public RoundId nextId() {
        return new RoundId(new UUID(0x20D0L, ids.incrementAndGet()));
    }

    @Override
    public Optional<InspectionRound> find(RoundId id) {
        checkNotNull(id, "id");
        return store.byId(id).map(InspectionRound::restore);
    }

    @Override
    public void save(InspectionRound round) {
        RoundSnapshot next = round.snapshot();
        store.save(next, next.version() - round.pendingEvents().size());
    }

    @Override
    public Optional<Instant> latestDue(ScheduleId schedule) {
        checkNotNull(schedule, "schedule");
        return store.all().stream().filter(s -> s.schedule().equals(schedule)).map(RoundSnapshot::due)
                .max(Comparator.naturalOrder());
    }

    @Override
    public List<InspectionRound> ofGroup(GroupId group, Instant from, Instant to) {
        checkNotNull(group, "group");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        return store.all().stream()
                .filter(s -> s.group().equals(group) && !s.due().isBefore(from) && s.due().isBefore(to))
                .sorted(BY_DUE).map(InspectionRound::restore).toList();
    }

    @Override
    public List<InspectionRound> unrecordedClosedBefore(Instant before) {
        checkNotNull(before, "before");
        return store.all().stream().filter(s -> s.status() == RoundStatus.DUE && s.closes().isBefore(before))
                .sorted(Comparator.comparing(RoundSnapshot::closes).thenComparing(s -> s.id().toString()))
                .map(InspectionRound::restore).toList();
    }
}
