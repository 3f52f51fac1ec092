package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.shared.AggregateEvents;
import org.itilhis.core.shared.StaffId;

/**
 * A duty swap between two engineers of a group: asked for by the engineer giving a duty, then
 * approved or rejected by the group lead, or withdrawn by the one who asked. The lifecycle is
 * {@link SwapWorkflows#SWAP}; the roster itself is changed by the service on approval, in the
 * same transaction.
 */
public final class Swap {
    private final SwapId id;
    private final SwapRequest request;
    private final Instant requestedAt;
    private SwapStatus status = SwapStatus.REQUESTED;
    private Optional<StaffId> decidedBy = Optional.empty();
    private Optional<Instant> decidedAt = Optional.empty();
    private Optional<String> decisionReason = Optional.empty();
    private final AggregateEvents<SwapEvent> events = new AggregateEvents<>();

    private Swap(SwapId id, SwapRequest request, Instant requestedAt) {
        this.id = id;
        this.request = request;
        this.requestedAt = requestedAt;
    }

    /** Records {@code request}, asked for by its requester at {@code at}. */
    public static Swap request(SwapId id, SwapRequest request, Instant at) {
        Swap swap = new Swap(checkNotNull(id, "id"), checkNotNull(request, "request"), checkNotNull(at, "at"));
        swap.events.created(new SwapEvent.Requested(id, request.roster(), request.group(), request.kind(),
                request.duty(), request.counterpart(), request.counterpartDuty(), request.reason(),
                request.requester(), at));
        return swap;
    }

    public static Swap restore(SwapSnapshot snapshot) {
        Swap swap = new Swap(snapshot.id(), snapshot.request(), snapshot.requestedAt());
        swap.status = snapshot.status();
        swap.decidedBy = snapshot.decidedBy();
        swap.decidedAt = snapshot.decidedAt();
        swap.decisionReason = snapshot.decisionReason();
        swap.events.restoredAt(snapshot.version());
        return swap;
    }

    /** @throws org.itilhis.core.workflow.IllegalTransitionException unless requested */
    public void approve(StaffId lead, Instant at) {
        SwapStatus to = step(SwapAction.APPROVE, null);
        decide(new SwapEvent.Approved(id, lead, at), to, lead, at, Optional.empty());
    }

    /**
     * @throws org.itilhis.core.workflow.IllegalTransitionException unless requested
     * @throws org.itilhis.core.workflow.MissingRequiredFieldException without a reason
     */
    public void reject(String reason, StaffId lead, Instant at) {
        SwapStatus to = step(SwapAction.REJECT, reason);
        String why = reason.strip();
        decide(new SwapEvent.Rejected(id, why, lead, at), to, lead, at, Optional.of(why));
    }

    /** @throws org.itilhis.core.workflow.IllegalTransitionException unless requested */
    public void withdraw(StaffId requester, Instant at) {
        SwapStatus to = step(SwapAction.WITHDRAW, null);
        decide(new SwapEvent.Withdrawn(id, requester, at), to, requester, at, Optional.empty());
    }

    private SwapStatus step(SwapAction action, String reason) {
        return SwapWorkflows.SWAP.check(status, action, this, reason == null || reason.isBlank()
                ? Set.of() : Set.of(SwapWorkflows.REASON)).to();
    }

    private void decide(SwapEvent event, SwapStatus declared, StaffId by, Instant at, Optional<String> why) {
        events.recorded(event, e -> {
            status = declared;
            decidedBy = Optional.of(checkNotNull(by, "by"));
            decidedAt = Optional.of(checkNotNull(at, "at"));
            decisionReason = why;
        });
    }

    public SwapId id() {
        return id;
    }

    public SwapRequest request() {
        return request;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public SwapStatus status() {
        return status;
    }

    public Optional<StaffId> decidedBy() {
        return decidedBy;
    }

    public Optional<Instant> decidedAt() {
        return decidedAt;
    }

    public Optional<String> decisionReason() {
        return decisionReason;
    }

    public long version() {
        return events.version();
    }

    public List<SwapEvent> pendingEvents() {
        return events.pending();
    }

    public List<SwapEvent> pullEvents() {
        return events.pull();
    }

    public SwapSnapshot snapshot() {
        return new SwapSnapshot(id, request, requestedAt, status, decidedBy, decidedAt, decisionReason, version());
    }
}
