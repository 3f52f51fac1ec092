package org.itilhis.core.change.schedule;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.itilhis.core.cmdb.AffectedCi;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiPath;
import org.itilhis.core.cmdb.ImpactReport;
import org.itilhis.core.cmdb.OperationalState;

/**
 * What the schedule knows of one change once and for all: the impact of its touched items
 * failing, and the business services that impact reaches without taking down, each with its
 * path. Only those services can go down in a combined outage of which the change is a
 * necessary part: a service the change takes down alone is its own outage, and a service its
 * items cannot reach does not care whether it runs.
 */
final class ChangeAssessment {
    private final ScheduledChange change;
    private final ImpactReport impact;
    private final ImmutableMap<CiId, CiPath> servicesReachedNotDown;

    private ChangeAssessment(ScheduledChange change, ImpactReport impact, ImmutableMap<CiId, CiPath> servicesReachedNotDown) {
        this.change = change;
        this.impact = impact;
        this.servicesReachedNotDown = servicesReachedNotDown;
    }

    static ChangeAssessment of(ScheduledChange change, ImpactReport impact) {
        Map<CiId, CiPath> reached = new LinkedHashMap<>();
        if (change.takesTouchedDown()) {
            for (AffectedCi affected : impact.affected()) {
                if (affected.item().businessService() && affected.state() != OperationalState.DOWN) {
                    reached.put(affected.id(), affected.path());
                }
            }
        }
        return new ChangeAssessment(change, impact, ImmutableMap.copyOf(reached));
    }

    ScheduledChange change() {
        return change;
    }

    ImpactReport impact() {
        return impact;
    }

    Map<CiId, CiPath> servicesReachedNotDown() {
        return servicesReachedNotDown;
    }

    // Identity equality on purpose: assessments are keys of the checks' sets and maps, and one
    // schedule holds one assessment per change; hashing the paths would cost more than the checks.

    @Override
    public String toString() {
        return "ChangeAssessment[" + change + "]";
    }
}
