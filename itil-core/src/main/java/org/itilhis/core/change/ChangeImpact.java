package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import org.itilhis.core.cmdb.AffectedCi;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.ImpactReport;
import org.itilhis.core.shared.DepartmentId;

/**
 * The inputs of a change's consequence: what the CMDB's impact analysis of the touched items
 * reaches, and the outage the requester expects. Kept as plain sets (not the report itself)
 * so that an assessment stays readable and storable after the CMDB has moved on.
 *
 * @param businessServices         the business services reached
 * @param clinicalCriticalServices those of them that are clinical-critical
 * @param departments              the departments owning reached items
 */
public record ChangeImpact(ImmutableSet<CiId> businessServices, ImmutableSet<CiId> clinicalCriticalServices,
                           ImmutableSet<DepartmentId> departments, ExpectedOutage outage) {
    public ChangeImpact {
        checkNotNull(businessServices, "businessServices");
        checkNotNull(clinicalCriticalServices, "clinicalCriticalServices");
        checkNotNull(departments, "departments");
        checkNotNull(outage, "outage");
        checkArgument(businessServices.containsAll(clinicalCriticalServices),
                "clinical-critical services %s are not all among the business services %s",
                clinicalCriticalServices, businessServices);
    }

    /** The impact of the touched items as the CMDB reports it ({@code ImpactAnalysis.impactOf(touched)}). */
    public static ChangeImpact of(ImpactReport report, ExpectedOutage outage) {
        checkNotNull(report, "report");
        return new ChangeImpact(
                report.businessServices().stream().map(AffectedCi::id).collect(ImmutableSet.toImmutableSet()),
                report.clinicalCriticalServices().stream().map(AffectedCi::id).collect(ImmutableSet.toImmutableSet()),
                ImmutableSet.copyOf(report.departments().keySet()), outage);
    }

    /** An impact reaching nothing beyond the touched items. */
    public static ChangeImpact none(ExpectedOutage outage) {
        return new ChangeImpact(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of(), outage);
    }
}
