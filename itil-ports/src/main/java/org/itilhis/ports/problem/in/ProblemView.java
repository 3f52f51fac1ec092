package org.itilhis.ports.problem.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.problem.Problem;
import org.itilhis.core.problem.ProblemAction;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.problem.ProblemSummary;
import org.itilhis.core.problem.RootCauseAnalysis;

/**
 * A problem as one reader may see it: its public {@link ProblemSummary}, its priority, the
 * workaround once published as a known error (for the desk), the actions its workflow allows
 * now, and its internal {@link RootCauseAnalysis} only for a reader with {@code
 * VIEW_PROBLEM_ANALYSIS} (empty otherwise, as for a reporter). Never the aggregate itself.
 *
 * @param publishedWorkaround the known error's workaround; empty unless the problem is a known error
 * @param analysis            the internal analysis; empty when withheld from the reader
 * @param version             the optimistic-locking version, for {@code expectedVersion}
 */
public record ProblemView(ProblemSummary summary, Priority priority, Optional<String> publishedWorkaround,
                          Optional<RootCauseAnalysis> analysis, ImmutableSet<ProblemAction> allowedActions,
                          long version) {
    public ProblemView {
        checkNotNull(summary, "summary");
        checkNotNull(priority, "priority");
        checkNotNull(publishedWorkaround, "publishedWorkaround");
        checkNotNull(analysis, "analysis");
        checkNotNull(allowedActions, "allowedActions");
    }

    /** The whole problem, analysis included. */
    public static ProblemView of(Problem problem) {
        return new ProblemView(problem.summary(), problem.priority(), problem.publishedWorkaround(),
                Optional.of(problem.analysis()), problem.allowedActions(), problem.version());
    }

    /** This view without the internal analysis: for a reader without {@code VIEW_PROBLEM_ANALYSIS}. */
    public ProblemView withAnalysisWithheld() {
        return new ProblemView(summary, priority, publishedWorkaround, Optional.empty(), allowedActions, version);
    }

    public ProblemId id() {
        return summary.id();
    }

    public ProblemNumber number() {
        return summary.number();
    }

    public ProblemStatus status() {
        return summary.status();
    }
}
