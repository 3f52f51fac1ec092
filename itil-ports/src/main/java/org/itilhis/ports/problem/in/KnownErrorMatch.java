package org.itilhis.ports.problem.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.itilhis.core.problem.MatchReason;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemNumber;

/**
 * A published known error that matches a call, for the desk: what to tell the caller (its
 * workaround), how often it helped, and why it was suggested, with the score that orders the
 * suggestions ({@link org.itilhis.core.problem.KnownErrorRanking}).
 *
 * @param reasons the signs that matched, strongest first; their points add up to the score
 */
public record KnownErrorMatch(ProblemId problem, ProblemNumber number, String title, String workaround,
                              int timesUsed, double score, ImmutableList<MatchReason> reasons) {
    public KnownErrorMatch {
        checkNotNull(problem, "problem");
        checkNotNull(number, "number");
        checkNotNull(title, "title");
        checkNotNull(workaround, "workaround");
        checkNotNull(reasons, "reasons");
        checkArgument(!reasons.isEmpty(), "a match without a reason");
        checkArgument(score > 0, "score %s is not positive", score);
    }

    /** The reasons as English lines, like a priority's explanation: {@code SAME_CI_CLASS workstation +4}. */
    public ImmutableList<String> explanation() {
        return reasons.stream().map(MatchReason::explanation).collect(ImmutableList.toImmutableList());
    }
}
