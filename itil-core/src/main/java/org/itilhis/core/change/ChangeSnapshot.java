package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.problem.ProblemId;

/**
 * The whole state of a change as one value: what adapters store and what
 * {@link Change#restore} accepts. Two changes are in the same state exactly when their
 * snapshots are equal.
 *
 * @param request             the request as it stands now: its plans revised, its window scheduled
 * @param template            a standard change's template
 * @param approval            the board's approval, from the request for approval on
 * @param approvalRequestedAt when it was put before the board (for the meeting agenda)
 * @param submittedAt         when it was submitted (standard or not)
 * @param conflictOverride    why an emergency change's schedule overrides a conflict
 * @param failureReason       why it failed or was backed out
 * @param backoutRan          whether the backout plan ran (a backed-out change, or a failed one that says so)
 * @param cancellation        why it was cancelled
 * @param version             the number of events the change has recorded; the optimistic-locking version
 */
public record ChangeSnapshot(ChangeId id, ChangeNumber number, ChangeModel model, ChangeRequest request,
                             Optional<ChangeTemplate> template, ChangeStatus status, Optional<RiskAssessment> risk,
                             Optional<CabApproval> approval, Optional<Instant> approvalRequestedAt,
                             Optional<Instant> submittedAt, Optional<String> conflictOverride,
                             Optional<String> failureReason, boolean backoutRan,
                             Optional<PostImplementationReview> review, Optional<String> cancellation,
                             ImmutableSet<ProblemId> problems, ImmutableSet<IncidentLink> incidents,
                             Instant raisedAt, Instant updatedAt, long version) {
    public ChangeSnapshot {
        checkNotNull(id, "id");
        checkNotNull(number, "number");
        checkNotNull(model, "model");
        checkNotNull(request, "request");
        checkNotNull(template, "template");
        checkNotNull(status, "status");
        checkNotNull(risk, "risk");
        checkNotNull(approval, "approval");
        checkNotNull(approvalRequestedAt, "approvalRequestedAt");
        checkNotNull(submittedAt, "submittedAt");
        checkNotNull(conflictOverride, "conflictOverride");
        checkNotNull(failureReason, "failureReason");
        checkNotNull(review, "review");
        checkNotNull(cancellation, "cancellation");
        checkNotNull(problems, "problems");
        checkNotNull(incidents, "incidents");
        checkNotNull(raisedAt, "raisedAt");
        checkNotNull(updatedAt, "updatedAt");
    }
}
