package org.itilhis.core.change;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;

/**
 * An approval (a request for approval, a vote, a standard change's submission) at or after
 * the start of the change's planned window: approving work that should already have begun
 * approves the past. The change is rescheduled first.
 */
public final class ApprovalInThePastException extends DomainException {
    public ApprovalInThePastException(ChangeNumber change, Instant windowStart, Instant at) {
        super("change.approval-in-the-past", change, windowStart, at);
    }
}
