package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SnapshotRows;
import org.itilhis.core.inspection.InspectionRound;
import org.itilhis.core.inspection.ItemResult;
import org.itilhis.core.inspection.RoundId;
import org.itilhis.core.inspection.RoundSnapshot;
import org.itilhis.core.inspection.RoundStatus;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.operations.out.InspectionRoundRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Inspection rounds in {@code inspection_round}: the schedule, group, template, due time, close of
 * the window and status beside the whole {@link RoundSnapshot} as JSON, from which rounds are
 * restored; optimistic locking as rosters have ({@link VersionConflictException}, kind {@code
 * inspection-round}). The schedule and due time (the round's slot) are a unique key: of two nodes
 * making the same round, the second inserts nothing and its save fails with a conflict naming the
 * slot. The failed items of a recorded round, each with its incident, are written to {@code
 * inspection_failed_item} with the save that records it.
 */
public final class JdbcInspectionRoundRepository implements InspectionRoundRepository {
    private static final String KIND = "inspection-round";
    /** As {@code JdbcRosterRepository}'s: the columns' microseconds never leave a round out of a period. */
    private static final Duration MARGIN = Duration.ofMillis(1);
    private static final Comparator<InspectionRound> BY_DUE = Comparator.comparing(InspectionRound::due)
            .thenComparing(round -> round.id().toString());
    private static final Comparator<InspectionRound> BY_CLOSE = Comparator.comparing(InspectionRound::closes)
            .thenComparing(BY_DUE);

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final SnapshotRows rows;

    public JdbcInspectionRoundRepository(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.rows = new SnapshotRows(dialect, "inspection_round", KIND);
    }

    @Override
    public RoundId nextId() {
        return new RoundId(UUID.randomUUID());
    }

    @Override
    public Optional<InspectionRound> find(RoundId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding inspection round " + id, handle -> rows.find(handle, id.value())
                .map(this::restore));
    }

    @Override
    public void save(InspectionRound round) {
        checkNotNull(round, "round");
        RoundSnapshot next = round.snapshot();
        long expected = next.version() - round.pendingEvents().size();
        transactions.withHandle("saving inspection round " + next.id(), handle -> {
            try {
                rows.save(handle, next.id().value(), expected, next.version(), ImmutableMap.<String, Object>builder()
                        .put("schedule_id", dialect.uuid(next.schedule().value()))
                        .put("group_id", next.group().value())
                        .put("template_code", next.template())
                        .put("due_at", utc(next.due()))
                        .put("closes_at", utc(next.closes()))
                        .put("status", next.status().name())
                        .buildOrThrow(), codec.write(next));
            } catch (VersionConflictException taken) {
                if (expected != 0) {
                    throw taken;
                }
                // the id is new: the slot is taken, by the round another node made first
                throw new VersionConflictException(KIND, next.slot().toString(), 0,
                        versionInSlot(handle, next).orElse(taken.actual()));
            }
            if (next.status() == RoundStatus.RECORDED) {
                writeFailedItems(handle, next);
            }
            return null;
        });
    }

    @Override
    public Optional<Instant> latestDue(ScheduleId schedule) {
        checkNotNull(schedule, "schedule");
        return transactions.withHandle("reading the latest round of inspection schedule " + schedule,
                handle -> handle.createQuery("SELECT snapshot FROM inspection_round WHERE schedule_id = :schedule "
                                + "ORDER BY due_at DESC LIMIT 1")
                        .bind("schedule", dialect.uuid(schedule.value()))
                        .mapTo(String.class)
                        .findOne()
                        .map(snapshot -> restore(snapshot).due()));
    }

    @Override
    public List<InspectionRound> ofGroup(GroupId group, Instant from, Instant to) {
        checkNotNull(group, "group");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        if (!from.isBefore(to)) {
            return List.of();
        }
        return transactions.withHandle("reading the inspection rounds of " + group + " due from " + from + " to " + to,
                handle -> handle.createQuery("SELECT snapshot FROM inspection_round WHERE group_id = :group "
                                + "AND due_at >= :from AND due_at < :to")
                        .bind("group", group.value())
                        .bind("from", utc(from.minus(MARGIN)))
                        .bind("to", utc(to.plus(MARGIN)))
                        .mapTo(String.class)
                        .map(this::restore)
                        .list()
                        .stream()
                        .filter(round -> !round.due().isBefore(from) && round.due().isBefore(to))
                        .sorted(BY_DUE)
                        .toList());
    }

    @Override
    public List<InspectionRound> unrecordedClosedBefore(Instant before) {
        checkNotNull(before, "before");
        return transactions.withHandle("reading the inspection rounds due and closed before " + before,
                handle -> handle.createQuery("SELECT snapshot FROM inspection_round WHERE status = :status "
                                + "AND closes_at < :before")
                        .bind("status", RoundStatus.DUE.name())
                        .bind("before", utc(before.plus(MARGIN)))
                        .mapTo(String.class)
                        .map(this::restore)
                        .list()
                        .stream()
                        .filter(round -> round.closes().isBefore(before))
                        .sorted(BY_CLOSE)
                        .toList());
    }

    /** The failed items of the round, each with its incident: written once, when it is recorded. */
    private void writeFailedItems(Handle handle, RoundSnapshot round) {
        Object id = dialect.uuid(round.id().value());
        handle.createUpdate("DELETE FROM inspection_failed_item WHERE round_id = :id").bind("id", id).execute();
        PreparedBatch batch = handle.prepareBatch("INSERT INTO inspection_failed_item (round_id, item_code, group_id, "
                + "template_code, due_at, entered, incident) VALUES (:round_id, :item_code, :group_id, "
                + ":template_code, :due_at, :entered, :incident)");
        int failed = 0;
        for (ItemResult result : round.results()) {
            if (result.failed()) {
                batch.bind("round_id", id)
                        .bind("item_code", result.item())
                        .bind("group_id", round.group().value())
                        .bind("template_code", round.template())
                        .bind("due_at", utc(round.due()))
                        .bind("entered", result.entered())
                        .bind("incident", result.incident().orElseThrow())
                        .add();
                failed++;
            }
        }
        if (failed > 0) {
            batch.execute();
        }
    }

    /** The version of the round stored in {@code round}'s slot, if another is there. */
    private Optional<Long> versionInSlot(Handle handle, RoundSnapshot round) {
        return handle.createQuery("SELECT version FROM inspection_round WHERE schedule_id = :schedule "
                        + "AND due_at = " + dialect.timestamp("due"))
                .bind("schedule", dialect.uuid(round.schedule().value()))
                .bind("due", utc(round.due()))
                .mapTo(Long.class)
                .findOne();
    }

    private InspectionRound restore(String snapshot) {
        return InspectionRound.restore(codec.read(snapshot, RoundSnapshot.class));
    }
}
