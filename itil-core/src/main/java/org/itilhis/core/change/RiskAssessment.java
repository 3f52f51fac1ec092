package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * The outcome of applying a {@link RiskMatrix} to a change: the likelihood the assessor gave
 * and why, the impact read from the CMDB, the consequence rule that fired, the risk level the
 * matrix gives and, one English line per input and per rule, why. The explanation is written
 * like a priority's ({@code org.itilhis.core.priority.PriorityAssessment}), for the change's
 * audit trail and for the requester who asks why the CAB must see a "small" change.
 *
 * @param consequenceRule the name of the {@link ConsequenceRule} that fired
 * @param explanation     e.g. {@code clinical-critical services reached: 1}, then
 *                        {@code rule clinical-critical-down -> SEVERE} and
 *                        {@code matrix POSSIBLE x SEVERE -> VERY_HIGH}
 */
public record RiskAssessment(Likelihood likelihood, String likelihoodReason, ChangeImpact impact,
                             Consequence consequence, String consequenceRule, RiskLevel level,
                             ImmutableList<String> explanation) {
    public RiskAssessment {
        checkNotNull(likelihood, "likelihood");
        likelihoodReason = ChangeDetails.text(likelihoodReason, "likelihoodReason", 2000);
        checkNotNull(impact, "impact");
        checkNotNull(consequence, "consequence");
        checkNotNull(consequenceRule, "consequenceRule");
        checkNotNull(level, "level");
        checkNotNull(explanation, "explanation");
        checkArgument(!explanation.isEmpty(), "explanation is empty");
    }

    /** Whether a clinical-critical service is reached: the clinical representative must then approve. */
    public boolean reachesClinicalCriticalServices() {
        return !impact.clinicalCriticalServices().isEmpty();
    }
}
