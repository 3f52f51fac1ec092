package org.itilhis.core.problem;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.routing.CategoryCode;

/**
 * What a problem is about, as the problem manager logged it: the public part of the
 * record, shown to anyone who may see the problem.
 *
 * @param category the same coding as tickets' ({@code desktop.printer}), so that incidents and
 *                 problems of one category can be matched
 */
public record ProblemDetails(String summary, String description, CategoryCode category) {
    public static final int MAX_SUMMARY = 200;
    public static final int MAX_DESCRIPTION = 8000;

    public ProblemDetails {
        checkNotNull(summary, "summary");
        checkNotNull(description, "description");
        checkNotNull(category, "category");
        summary = summary.strip();
        description = description.strip();
        checkArgument(!summary.isEmpty(), "summary is blank");
        checkArgument(summary.length() <= MAX_SUMMARY, "summary is longer than %s characters", MAX_SUMMARY);
        checkArgument(description.length() <= MAX_DESCRIPTION, "description is longer than %s characters",
                MAX_DESCRIPTION);
    }

    public static ProblemDetails of(String summary, String description, CategoryCode category) {
        return new ProblemDetails(summary, description, category);
    }
}
