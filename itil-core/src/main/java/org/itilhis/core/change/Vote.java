package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.itilhis.core.shared.StaffId;

/**
 * One board member's vote on a change, with their comment (empty when they had nothing to
 * add), at the instant it was cast.
 */
public record Vote(StaffId member, Choice choice, String comment, Instant at) {
    public static final int MAX_COMMENT = 2000;

    public Vote {
        checkNotNull(member, "member");
        checkNotNull(choice, "choice");
        comment = checkNotNull(comment, "comment").strip();
        checkArgument(comment.length() <= MAX_COMMENT, "comment is longer than %s characters", MAX_COMMENT);
        checkNotNull(at, "at");
    }

    public static Vote approve(StaffId member, String comment, Instant at) {
        return new Vote(member, Choice.APPROVE, comment, at);
    }

    public static Vote reject(StaffId member, String comment, Instant at) {
        return new Vote(member, Choice.REJECT, comment, at);
    }

    /** For or against. An abstention is no vote at all. */
    public enum Choice {
        APPROVE,
        REJECT
    }
}
