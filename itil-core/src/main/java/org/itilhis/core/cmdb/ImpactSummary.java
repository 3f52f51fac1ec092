package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.priority.ServiceCriticality;

/**
 * What a failure brings down or degrades, told in a few numbers and the services that matter,
 * so that the impact of the whole estate (the core switch: every item) is answered without
 * listing 100,000 items: how many items are affected, down and degraded, the business services
 * reached and the clinical-critical ones among them with their states, how many departments own
 * affected items, and the most critical service reached (for an incident's priority).
 *
 * @param affected the affected items, the failed ones included
 * @param down those of them down
 * @param degraded those of them degraded
 * @param businessServices the business services reached, nearest first, with their states and paths
 * @param clinicalCriticalServices the clinical-critical ones among them
 * @param departments the number of departments owning affected items
 * @param highestServiceCriticality the most critical of the services reached; empty when none is
 */
public record ImpactSummary(int affected, int down, int degraded, List<AffectedCi> businessServices,
                            List<AffectedCi> clinicalCriticalServices, int departments,
                            Optional<ServiceCriticality> highestServiceCriticality) {
    public ImpactSummary {
        checkArgument(down >= 0 && degraded >= 0 && down + degraded == affected,
                "affected %s is not down %s plus degraded %s", affected, down, degraded);
        checkArgument(departments >= 0, "departments must not be negative: %s", departments);
        businessServices = ImmutableList.copyOf(businessServices);
        clinicalCriticalServices = ImmutableList.copyOf(clinicalCriticalServices);
        checkNotNull(highestServiceCriticality, "highestServiceCriticality");
    }
}
