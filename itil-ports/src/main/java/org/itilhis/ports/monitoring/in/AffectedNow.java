package org.itilhis.ports.monitoring.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.List;
import org.itilhis.core.cmdb.AffectedCi;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.ImpactReport;
import org.itilhis.core.cmdb.OperationalState;

/**
 * What is affected right now: the items monitoring sees down or degraded and the CMDB's impact
 * of those states on the relationship graph as it stands (redundancy rules applied).
 *
 * @param asOf     when it was asked
 * @param observed the items observed not operational, with their state
 * @param report   the impact of those states
 */
public record AffectedNow(Instant asOf, ImmutableMap<CiId, OperationalState> observed, ImpactReport report) {
    public AffectedNow {
        checkNotNull(asOf, "asOf");
        observed = ImmutableMap.copyOf(observed);
        checkNotNull(report, "report");
    }

    public long observedDown() {
        return observed.values().stream().filter(s -> s == OperationalState.DOWN).count();
    }

    public long observedDegraded() {
        return observed.values().stream().filter(s -> s == OperationalState.DEGRADED).count();
    }

    /** How many items the observed states reach, the observed ones included. */
    public int affectedItems() {
        return report.affectedIds().size();
    }

    /** The business services affected, nearest first. */
    public List<AffectedCi> businessServices() {
        return report.businessServices();
    }

    public List<AffectedCi> clinicalCriticalServices() {
        return report.clinicalCriticalServices();
    }
}
