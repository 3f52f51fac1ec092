package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;

/**
 * What a set of failed configuration items brings down or degrades: every affected item (the
 * failed ones included) with its state and explaining path, nearest first, and among them the
 * business services and the clinical-critical ones that need urgent attention.
 */
public final class ImpactReport {
    private final ImmutableSet<CiId> failed;
    private final ImmutableMap<CiId, AffectedCi> affected;

    ImpactReport(Set<CiId> failed, List<AffectedCi> affected) {
        this.failed = ImmutableSet.copyOf(failed);
        ImmutableMap.Builder<CiId, AffectedCi> byId = ImmutableMap.builderWithExpectedSize(affected.size());
        affected.forEach(ci -> byId.put(ci.id(), ci));
        this.affected = byId.build();
    }

    /** The items the analysis started from: the failed ones, or those observed down or degraded. */
    public Set<CiId> failed() {
        return failed;
    }

    /** Every affected item, failed ones first, then in order of their distance from a failure. */
    public List<AffectedCi> affected() {
        return affected.values().asList();
    }

    public Set<CiId> affectedIds() {
        return affected.keySet();
    }

    public Optional<AffectedCi> affected(CiId id) {
        return Optional.ofNullable(affected.get(checkNotNull(id, "id")));
    }

    /** The state of any item: operational unless the failure reached it. */
    public OperationalState stateOf(CiId id) {
        return affected(id).map(AffectedCi::state).orElse(OperationalState.OPERATIONAL);
    }

    /** The business services reached, nearest first. */
    public List<AffectedCi> businessServices() {
        return affected.values().stream().filter(ci -> ci.item().businessService()).collect(ImmutableList.toImmutableList());
    }

    /** The clinical-critical business services reached: care stops or is unsafe without them. */
    public List<AffectedCi> clinicalCriticalServices() {
        return affected.values().stream().filter(ci -> ci.item().isClinicalCriticalService()).collect(ImmutableList.toImmutableList());
    }

    /** The departments owning affected items, each with its affected items, nearest first. */
    public ImmutableListMultimap<DepartmentId, AffectedCi> departments() {
        ImmutableListMultimap.Builder<DepartmentId, AffectedCi> departments = ImmutableListMultimap.builder();
        affected.values().forEach(ci -> ci.item().owningDepartment().ifPresent(d -> departments.put(d, ci)));
        return departments.build();
    }

    /**
     * The most critical of the business services reached, for the priority of an incident
     * raised against the failed items; empty when no service is reached.
     */
    public Optional<ServiceCriticality> highestServiceCriticality() {
        return businessServices().stream().map(ci -> ci.item().criticality()).min(Comparator.naturalOrder());
    }

    @Override
    public String toString() {
        return "ImpactReport[failed=" + failed + ", affected=" + affected.size() + "]";
    }
}
