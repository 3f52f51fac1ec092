package org.itilhis.ports.problem.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.problem.ProblemNumber;
import org.itilhis.core.problem.ProblemStatus;
import org.itilhis.core.problem.ProblemSummary;
import org.itilhis.core.routing.CategoryCode;

/**
 * What a search index keeps of a published known error: its public text (never the internal
 * analysis), what it is about, and how often the desk used its workaround.
 *
 * @param title       the problem's summary
 * @param description the problem's description, may be empty
 * @param workaround  the published workaround
 * @param category    the problem's category, in the tickets' coding
 * @param ciClasses   the classes of its affected configuration items
 * @param timesUsed   how often the desk applied the workaround
 */
public record KnownErrorEntry(ProblemId id, ProblemNumber number, String title, String description,
                              String workaround, CategoryCode category, ImmutableSet<String> ciClasses,
                              int timesUsed) {
    public KnownErrorEntry {
        checkNotNull(id, "id");
        checkNotNull(number, "number");
        checkNotNull(title, "title");
        checkNotNull(description, "description");
        checkNotNull(workaround, "workaround");
        checkNotNull(category, "category");
        checkNotNull(ciClasses, "ciClasses");
        checkArgument(timesUsed >= 0, "timesUsed %s is negative", timesUsed);
    }

    /**
     * The entry of a problem that is a published known error, from its public summary, its
     * workaround and the classes of its affected items.
     *
     * @throws IllegalArgumentException if the problem is not a known error
     */
    public static KnownErrorEntry of(ProblemSummary summary, String workaround, Iterable<String> ciClasses) {
        checkArgument(summary.status() == ProblemStatus.KNOWN_ERROR, "%s is %s, not a known error",
                summary.number(), summary.status());
        return new KnownErrorEntry(summary.id(), summary.number(), summary.details().summary(),
                summary.details().description(), workaround, summary.details().category(),
                ImmutableSet.copyOf(ciClasses), summary.timesUsed());
    }
}
