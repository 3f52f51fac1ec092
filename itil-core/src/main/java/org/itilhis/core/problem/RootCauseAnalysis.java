package org.itilhis.core.problem;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The internal part of a problem: how it was analysed and what was found. Kept apart from
 * the {@link ProblemSummary} so that a view for people who may not read internal analysis
 * (a reporter) can leave it out whole; the workaround is published to the desk once the
 * problem is a known error ({@link Problem#publishedWorkaround()}).
 *
 * @param steps        the analysis steps, in the order they were recorded
 * @param rootCause    present from the first time the root cause was identified
 * @param workaround   how the desk gets a caller working again meanwhile
 * @param permanentFix what removes the cause; forgotten when a resolved problem is reopened
 */
public record RootCauseAnalysis(ImmutableList<AnalysisStep> steps, Optional<RootCause> rootCause,
                                Optional<String> workaround, Optional<String> permanentFix) {
    public static final int MAX_TEXT = 4000;
    public static final RootCauseAnalysis NONE =
            new RootCauseAnalysis(ImmutableList.of(), Optional.empty(), Optional.empty(), Optional.empty());

    public RootCauseAnalysis {
        checkNotNull(steps, "steps");
        checkNotNull(rootCause, "rootCause");
        checkNotNull(workaround, "workaround");
        checkNotNull(permanentFix, "permanentFix");
    }

    /** The category of the root cause, once identified. */
    public Optional<CauseCategory> causeCategory() {
        return rootCause.map(RootCause::category);
    }
}
