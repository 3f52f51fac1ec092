package org.itilhis.core.ticket;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** The caller's rating after closure: a score from 1 (very poor) to 5 (excellent) and a comment. */
public record Satisfaction(int score, String comment) {
    public Satisfaction {
        checkArgument(score >= 1 && score <= 5, "satisfaction score %s not within 1..5", score);
        checkNotNull(comment, "comment");
        comment = comment.strip();
        checkArgument(comment.length() <= 2000, "comment is longer than 2000 characters");
    }
}
