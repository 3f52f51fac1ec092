package org.itilhis.core.inspection;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;

/**
 * A round cannot be recorded: it is recorded already (a round is recorded once), it was missed,
 * or the time it was performed is in the future or outside its window. Nothing is recorded.
 */
public final class RoundNotRecordableException extends DomainException {
    private RoundNotRecordableException(String code, Object... arguments) {
        super(code, arguments);
    }

    static RoundNotRecordableException alreadyRecorded(RoundId round, StaffId by, Instant at) {
        return new RoundNotRecordableException("inspection.round.already-recorded", round, by, at);
    }

    static RoundNotRecordableException missed(RoundId round, Instant due, Instant closes) {
        return new RoundNotRecordableException("inspection.round.missed", round, due, closes);
    }

    static RoundNotRecordableException inFuture(RoundId round, Instant performedAt, Instant now) {
        return new RoundNotRecordableException("inspection.round.performed-in-future", round, performedAt, now);
    }

    static RoundNotRecordableException outsideWindow(RoundId round, Instant performedAt, Instant opens,
                                                     Instant closes) {
        return new RoundNotRecordableException("inspection.round.outside-window", round, performedAt, opens, closes);
    }
}
