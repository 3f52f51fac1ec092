package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One line of the consequence table: the rule fires when the impact reaches at least the
 * given numbers of clinical-critical services, business services and departments, and, if
 * {@code outageExpected}, an outage is expected. A rule with every threshold at zero and no
 * outage fires always: the table's last line.
 *
 * @param name kebab-case, shown in the explanation
 */
public record ConsequenceRule(String name, Consequence consequence, int minClinicalCritical, int minBusinessServices,
                              int minDepartments, boolean outageExpected) {
    public ConsequenceRule {
        checkNotNull(name, "name");
        checkNotNull(consequence, "consequence");
        checkArgument(name.matches("[a-z][a-z0-9-]*"), "rule name %s is not kebab-case", name);
        checkArgument(minClinicalCritical >= 0 && minBusinessServices >= 0 && minDepartments >= 0,
                "negative threshold in rule %s", name);
    }

    public boolean firesFor(ChangeImpact impact) {
        return impact.clinicalCriticalServices().size() >= minClinicalCritical
                && impact.businessServices().size() >= minBusinessServices
                && impact.departments().size() >= minDepartments
                && (!outageExpected || impact.outage().isOutage());
    }

    /** Whether the rule fires for every impact. */
    public boolean isCatchAll() {
        return minClinicalCritical == 0 && minBusinessServices == 0 && minDepartments == 0 && !outageExpected;
    }
}
