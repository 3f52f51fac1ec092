package org.itilhis.core.repair;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.StaffId;

/**
 * A repair and maintenance record (维修记录) of one configuration item: the fault, who repairs it
 * and whether under warranty, the incident or problem it answers, its cost, the spare parts put
 * in and the item's downtime. Its lifecycle is {@link RepairWorkflows#REPAIR}; the state after
 * each step is the declared transition's target. The item's CMDB status follows the repair
 * (sent: under repair; returned: in use), moved by the service in the same transaction.
 *
 * <p>Invariants: the downtime starts no later than the repair was opened and ends, when the item
 * is returned, neither before it started nor after the return was recorded; a cancelled repair
 * says why.
 */
public final class Repair {
    private final RepairId id;
    private final RepairOpening opening;
    private final StaffId openedBy;
    private final Instant openedAt;
    private RepairStatus status = RepairStatus.OPENED;
    private Optional<Instant> downtimeEnd = Optional.empty();
    private Optional<Money> cost = Optional.empty();
    private ImmutableList<PartUsed> parts = ImmutableList.of();
    private Optional<String> cancelReason = Optional.empty();
    private Instant updatedAt;
    private final AggregateEvents<RepairEvent> events = new AggregateEvents<>();

    private Repair(RepairId id, RepairOpening opening, StaffId openedBy, Instant openedAt) {
        this.id = id;
        this.opening = opening;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.updatedAt = openedAt;
    }

    /**
     * Opens a repair of {@code opening.ci()} at {@code at}.
     *
     * @throws RepairTimeInFutureException if the downtime starts after {@code at}
     */
    public static Repair open(RepairId id, RepairOpening opening, StaffId actor, Instant at) {
        checkNotNull(id, "id");
        checkNotNull(opening, "opening");
        checkNotNull(actor, "actor");
        checkNotNull(at, "at");
        if (opening.downtimeStart().isAfter(at)) {
            throw new RepairTimeInFutureException("downtimeStart", opening.downtimeStart(), at);
        }
        Repair repair = new Repair(id, opening, actor, at);
        repair.events.created(new RepairEvent.Opened(id, opening.ci(), opening.fault(), opening.vendor(),
                opening.underWarranty(), opening.link(), opening.downtimeStart(), actor, at));
        return repair;
    }

    public static Repair restore(RepairSnapshot s) {
        Repair repair = new Repair(s.id(), s.opening(), s.openedBy(), s.openedAt());
        repair.status = s.status();
        repair.downtimeEnd = s.downtimeEnd();
        repair.cost = s.cost();
        repair.parts = s.parts();
        repair.cancelReason = s.cancelReason();
        repair.updatedAt = s.updatedAt();
        repair.events.restoredAt(s.version());
        return repair;
    }

    /**
     * The item goes to the vendor or the workshop; {@code note} (optional) says where.
     *
     * @throws org.itilhis.core.workflow.IllegalTransitionException unless opened
     */
    public void sendToRepair(String note, StaffId actor, Instant at) {
        RepairStatus to = step(RepairAction.SEND_TO_REPAIR, null);
        record(new RepairEvent.SentToRepair(id, ci(), text(note), actor, at), to);
    }

    /**
     * The item is back in use; it was down until {@code downtimeEnd} ({@code at} when null).
     *
     * @throws org.itilhis.core.workflow.IllegalTransitionException unless in repair
     * @throws DowntimeEndsBeforeStartException if the end is before the downtime's start
     * @throws RepairTimeInFutureException      if the end is after {@code at}
     */
    public void returnFromRepair(Instant downtimeEnd, String note, StaffId actor, Instant at) {
        RepairStatus to = step(RepairAction.RETURN_FROM_REPAIR, null);
        Instant end = downtimeEnd == null ? at : downtimeEnd;
        if (end.isAfter(at)) {
            throw new RepairTimeInFutureException("downtimeEnd", end, at);
        }
        if (end.isBefore(opening.downtimeStart())) {
            throw new DowntimeEndsBeforeStartException(id, opening.downtimeStart(), end);
        }
        record(new RepairEvent.Returned(id, ci(), end, text(note), actor, at), to);
        this.downtimeEnd = Optional.of(end);
    }

    /**
     * Records what the repair cost, replacing an earlier record.
     *
     * @throws org.itilhis.core.workflow.IllegalTransitionException once closed or cancelled
     */
    public void recordCost(Money amount, StaffId actor, Instant at) {
        checkNotNull(amount, "amount");
        RepairStatus to = step(RepairAction.RECORD_COST, null);
        record(new RepairEvent.CostRecorded(id, ci(), amount, actor, at), to);
        cost = Optional.of(amount);
    }

    /**
     * Records {@code quantity} of {@code item} from {@code location} put into the item; the
     * service issues them from the spare parts ledger in the same transaction.
     *
     * @throws org.itilhis.core.workflow.IllegalTransitionException once closed or cancelled
     */
    public void useParts(String item, String location, int quantity, StaffId actor, Instant at) {
        PartUsed part = new PartUsed(item, location, quantity, actor, at);
        RepairStatus to = step(RepairAction.USE_PARTS, null);
        record(new RepairEvent.PartsUsed(id, ci(), part.item(), part.location(), quantity, actor, at), to);
        parts = ImmutableList.<PartUsed>builder().addAll(parts).add(part).build();
    }

    /** @throws org.itilhis.core.workflow.IllegalTransitionException unless returned */
    public void close(StaffId actor, Instant at) {
        RepairStatus to = step(RepairAction.CLOSE, null);
        record(new RepairEvent.Closed(id, ci(), actor, at), to);
    }

    /**
     * @throws org.itilhis.core.workflow.IllegalTransitionException unless opened
     * @throws org.itilhis.core.workflow.MissingRequiredFieldException without a reason
     */
    public void cancel(String reason, StaffId actor, Instant at) {
        RepairStatus to = step(RepairAction.CANCEL, reason);
        String why = reason.strip();
        record(new RepairEvent.Cancelled(id, ci(), why, actor, at), to);
        cancelReason = Optional.of(why);
    }

    private RepairStatus step(RepairAction action, String reason) {
        return RepairWorkflows.REPAIR.check(status, action, this,
                reason == null || reason.isBlank() ? Set.of() : Set.of(RepairWorkflows.REASON)).to();
    }

    private void record(RepairEvent event, RepairStatus declared) {
        events.recorded(event, e -> {
            status = declared;
            updatedAt = e.occurredAt();
        });
    }

    private static Optional<String> text(String note) {
        return note == null || note.isBlank() ? Optional.empty() : Optional.of(note.strip());
    }

    public RepairId id() {
        return id;
    }

    public CiId ci() {
        return opening.ci();
    }

    public RepairOpening opening() {
        return opening;
    }

    public RepairStatus status() {
        return status;
    }

    public Downtime downtime() {
        return new Downtime(opening.downtimeStart(), downtimeEnd);
    }

    public Optional<Money> cost() {
        return cost;
    }

    public ImmutableList<PartUsed> parts() {
        return parts;
    }

    public Optional<String> cancelReason() {
        return cancelReason;
    }

    public StaffId openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return events.version();
    }

    public List<RepairEvent> pendingEvents() {
        return events.pending();
    }

    public List<RepairEvent> pullEvents() {
        return events.pull();
    }

    public RepairSnapshot snapshot() {
        return new RepairSnapshot(id, opening, status, downtimeEnd, cost, parts, cancelReason, openedBy, openedAt,
                updatedAt, version());
    }
}
