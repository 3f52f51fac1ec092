package org.itilhis.core.problem;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The whole state of a problem as one value: what adapters store and what
 * {@link Problem#restore} accepts. Two problems are in the same state exactly when their
 * snapshots are equal. The public {@link #summary()} and the internal {@link #analysis()}
 * are separate parts, so a view can leave the analysis out.
 *
 * @param version the number of events the problem has recorded; the optimistic-locking version
 */
public record ProblemSnapshot(ProblemSummary summary, RootCauseAnalysis analysis, long version) {
    public ProblemSnapshot {
        checkNotNull(summary, "summary");
        checkNotNull(analysis, "analysis");
    }
}
