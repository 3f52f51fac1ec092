package org.itilhis.core.problem;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * One reason why a known error matches what the desk knows of a call, with the points it adds
 * to the match's score ({@link KnownErrorRanking} says how many for each kind).
 *
 * @param kind    what matched
 * @param subject what it matched on: the configuration item, the CI class, the category, or
 *                for text the share of the best text match of the same search
 * @param points  what it adds to the score, positive
 */
public record MatchReason(MatchKind kind, String subject, double points) {

    public MatchReason {
        checkNotNull(kind, "kind");
        checkNotNull(subject, "subject");
        checkArgument(points > 0, "points %s are not positive for %s", points, kind);
        subject = subject.strip();
    }

    /** One English line for the explanation, like the priority's: {@code SAME_CI SRV-1 +8}. */
    public String explanation() {
        return String.format(Locale.ROOT, "%s %s +%s", kind, subject, KnownErrorRanking.format(points));
    }
}
