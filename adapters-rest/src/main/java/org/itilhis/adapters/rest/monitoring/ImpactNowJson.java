package org.itilhis.adapters.rest.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.itilhis.core.cmdb.AffectedCi;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.ports.monitoring.in.AffectedNow;

/**
 * What is affected right now: a summary of the observed states and their impact, and the
 * business services affected, nearest first, each with the path from an observed item.
 */
public record ImpactNowJson(Instant asOf, long observedDown, long observedDegraded, int affectedItems,
                            int businessServicesAffected, int clinicalCriticalServicesAffected,
                            List<AffectedServiceJson> businessServices) {
    static ImpactNowJson of(AffectedNow now) {
        return new ImpactNowJson(now.asOf(), now.observedDown(), now.observedDegraded(), now.affectedItems(),
                now.businessServices().size(), now.clinicalCriticalServices().size(),
                now.businessServices().stream().map(AffectedServiceJson::of).toList());
    }

    /** A business service affected, its state and the items from an observed one to it. */
    public record AffectedServiceJson(UUID ci, String classCode, ServiceCriticality criticality,
                                      boolean clinicalCritical, OperationalState state, List<UUID> path) {
        static AffectedServiceJson of(AffectedCi affected) {
            return new AffectedServiceJson(affected.id().value(), affected.item().classCode(),
                    affected.item().criticality(), affected.item().isClinicalCriticalService(), affected.state(),
                    affected.path().cis().stream().map(id -> id.value()).toList());
        }
    }
}
