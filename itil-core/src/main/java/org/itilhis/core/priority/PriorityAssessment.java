package org.itilhis.core.priority;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * The outcome of applying a {@link PriorityPolicy} to an incident's {@link PriorityFactors}:
 * the priority read from the matrix, the priority finally given and, one English line per
 * step, why. The explanation is meant for the ticket's audit trail and for the reporter who
 * asks why their incident is a P3.
 *
 * <p>Invariants: the final priority is never lower than the matrix priority, a major
 * incident is always P1, and the explanation has at least one line; otherwise the
 * constructor throws {@link IllegalArgumentException}.
 *
 * @param matrixPriority the cell of the matrix for the impact and urgency
 * @param priority       the priority to give the incident
 * @param explanation    e.g. {@code matrix WHOLE_HOSPITAL x DEGRADED -> P2}, then one line
 *                       for the service criticality and, for a major incident, one more
 */
public record PriorityAssessment(PriorityFactors factors, Priority matrixPriority, Priority priority,
                                 ImmutableList<String> explanation) {
    public PriorityAssessment {
        checkNotNull(factors, "factors");
        checkNotNull(matrixPriority, "matrixPriority");
        checkNotNull(priority, "priority");
        checkNotNull(explanation, "explanation");
        checkArgument(!matrixPriority.isHigherThan(priority),
                "priority %s is lower than the matrix priority %s", priority, matrixPriority);
        checkArgument(!factors.majorIncident() || priority == Priority.highest(),
                "a major incident must be %s, not %s", Priority.highest(), priority);
        checkArgument(!explanation.isEmpty(), "explanation is empty");
    }
}
