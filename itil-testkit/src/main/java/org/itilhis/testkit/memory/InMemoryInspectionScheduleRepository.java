package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.inspection.InspectionSchedule;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.inspection.ScheduleSnapshot;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.operations.out.InspectionScheduleRepository;

/** Inspection schedules in a map of snapshots, like {@link InMemoryHandoverRepository}. */
public final class InMemoryInspectionScheduleRepository implements InspectionScheduleRepository {
    private final SnapshotStore<ScheduleId, ScheduleId, ScheduleSnapshot> store;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryInspectionScheduleRepository(InMemoryTransactions transactions) {
        this.store = SnapshotStore.withoutNumbers(transactions, "inspection-schedule", ScheduleSnapshot::id,
                ScheduleSnapshot::version);
    }

    @Override
    public ScheduleId nextId() {
        return new ScheduleId(new UUID(0x5C4EL, ids.incrementAndGet()));
    }

    @Override
    public Optional<InspectionSchedule> find(ScheduleId id) {
        checkNotNull(id, "id");
        return store.byId(id).map(InspectionSchedule::restore);
    }

    @Override
    public void save(InspectionSchedule schedule) {
        ScheduleSnapshot next = schedule.snapshot();
        store.save(next, next.version() - schedule.pendingEvents().size());
    }

    @Override
    public List<InspectionSchedule> ofGroup(GroupId group) {
        checkNotNull(group, "group");
        return store.all().stream().filter(s -> s.group().equals(group))
                .sorted(Comparator.comparing(ScheduleSnapshot::template).thenComparing(s -> s.id().toString()))
                .map(InspectionSchedule::restore).toList();
    }

    @Override
    public List<InspectionSchedule> active() {
        return store.all().stream().filter(ScheduleSnapshot::active).sorted(Comparator.comparing(s -> s.id().toString()))
                .map(InspectionSchedule::restore).toList();
    }
}
