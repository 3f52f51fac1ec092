package org.itilhis.core.problem;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.priority.PriorityAssessment;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;

/**
 * The public part of a problem: what it is about, where it stands, who owns it, what it
 * affects and which incidents it explains; never its internal analysis
 * ({@link RootCauseAnalysis}).
 *
 * @param timesUsed  how often the desk applied the known error's workaround (a count of the
 *                   {@link ProblemEvent.WorkaroundApplied} events)
 * @param resolution what was done when the problem was resolved; empty before and after a reopen
 */
public record ProblemSummary(
        ProblemId id,
        ProblemNumber number,
        ProblemDetails details,
        ProblemStatus status,
        PriorityAssessment assessment,
        StaffId manager,
        GroupId group,
        ImmutableSet<CiId> affectedCis,
        ImmutableSet<TicketId> linkedIncidents,
        int timesUsed,
        Optional<String> resolution,
        Optional<Instant> resolvedAt,
        Instant loggedAt,
        Instant updatedAt) {

    public ProblemSummary {
        checkNotNull(id, "id");
        checkNotNull(number, "number");
        checkNotNull(details, "details");
        checkNotNull(status, "status");
        checkNotNull(assessment, "assessment");
        checkNotNull(manager, "manager");
        checkNotNull(group, "group");
        checkNotNull(affectedCis, "affectedCis");
        checkNotNull(linkedIncidents, "linkedIncidents");
        checkNotNull(resolution, "resolution");
        checkNotNull(resolvedAt, "resolvedAt");
        checkNotNull(loggedAt, "loggedAt");
        checkNotNull(updatedAt, "updatedAt");
        checkArgument(timesUsed >= 0, "timesUsed %s is negative", timesUsed);
    }
}
