package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SnapshotRows;
import org.itilhis.core.inspection.InspectionSchedule;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.inspection.ScheduleSnapshot;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.operations.out.InspectionScheduleRepository;

/**
 * Inspection schedules in {@code inspection_schedule}: the group, the template's code and whether
 * it is active beside the whole {@link ScheduleSnapshot} as JSON, from which schedules are
 * restored; optimistic locking as rosters have ({@link VersionConflictException}, kind {@code
 * inspection-schedule}). The rounds-due timer reads the active ones through an index on that flag.
 */
public final class JdbcInspectionScheduleRepository implements InspectionScheduleRepository {
    private static final Comparator<InspectionSchedule> BY_TEMPLATE = Comparator.comparing(
            InspectionSchedule::template).thenComparing(schedule -> schedule.id().toString());

    private final JdbcTransactions transactions;
    private final JsonCodec codec;
    private final SnapshotRows rows;

    public JdbcInspectionScheduleRepository(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.codec = checkNotNull(codec, "codec");
        this.rows = new SnapshotRows(checkNotNull(dialect, "dialect"), "inspection_schedule", "inspection-schedule");
    }

    @Override
    public ScheduleId nextId() {
        return new ScheduleId(UUID.randomUUID());
    }

    @Override
    public Optional<InspectionSchedule> find(ScheduleId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding inspection schedule " + id, handle -> rows.find(handle, id.value())
                .map(this::restore));
    }

    @Override
    public void save(InspectionSchedule schedule) {
        checkNotNull(schedule, "schedule");
        ScheduleSnapshot next = schedule.snapshot();
        long expected = next.version() - schedule.pendingEvents().size();
        transactions.withHandle("saving inspection schedule " + next.id(), handle -> {
            rows.save(handle, next.id().value(), expected, next.version(), ImmutableMap.of(
                    "group_id", next.group().value(),
                    "template_code", next.template(),
                    "active", next.active()), codec.write(next));
            return null;
        });
    }

    @Override
    public List<InspectionSchedule> ofGroup(GroupId group) {
        checkNotNull(group, "group");
        return transactions.withHandle("reading the inspection schedules of " + group,
                handle -> handle.createQuery("SELECT snapshot FROM inspection_schedule WHERE group_id = :group")
                        .bind("group", group.value())
                        .mapTo(String.class)
                        .map(this::restore)
                        .list()
                        .stream()
                        .sorted(BY_TEMPLATE)
                        .toList());
    }

    @Override
    public List<InspectionSchedule> active() {
        return transactions.withHandle("reading the active inspection schedules",
                handle -> handle.createQuery("SELECT snapshot FROM inspection_schedule WHERE active = :active")
                        .bind("active", true)
                        .mapTo(String.class)
                        .map(this::restore)
                        .list()
                        .stream()
                        .sorted(Comparator.comparing(schedule -> schedule.id().toString()))
                        .toList());
    }

    private InspectionSchedule restore(String snapshot) {
        return InspectionSchedule.restore(codec.read(snapshot, ScheduleSnapshot.class));
    }
}
