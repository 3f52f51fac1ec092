package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkNotNull;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.itilhis.core.cmdb.ImpactAnalysis.Reached;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;

/**
 * What a set of failed configuration items brings down or degrades: every affected item (the
 * failed ones included) with its state and explaining path, nearest first, and among them the
 * business services and the clinical-critical ones that need urgent attention.
 *
 * <p>The analysis hands over the items it reached, each knowing where the failure came from;
 * the {@link #summary()} is counted from them without building a path, a page of
 * {@link #affected(int, int) affected items} builds the paths of that page only, and the full
 * {@link #affected()} list is built once, on first use. So the whole estate's impact costs the
 * analysis and a summary, and the list of 100,000 items only for whoever reads it.
 */
public final class ImpactReport {
    private final ImmutableSet<CiId> failed;
    private final List<Reached> order;
    private final java.util.function.Function<CiId, Reached> reached;
    private final Supplier<ImmutableList<AffectedCi>> affected;
    private final Supplier<ImpactSummary> summary;

    ImpactReport(Set<CiId> failed, List<Reached> order, java.util.function.Function<CiId, Reached> reached) {
        this.failed = ImmutableSet.copyOf(failed);
        this.order = order;
        this.reached = reached;
        this.affected = Suppliers.memoize(() -> order.stream().map(Reached::affected)
                .collect(ImmutableList.toImmutableList()));
        this.summary = Suppliers.memoize(this::summarise);
    }

    /** The items the analysis started from: the failed ones, or those observed down or degraded. */
    public Set<CiId> failed() {
        return failed;
    }

    /** Every affected item, failed ones first, then in order of their distance from a failure. */
    public List<AffectedCi> affected() {
        return affected.get();
    }

    /** The number of affected items, the failed ones included. */
    public int affectedCount() {
        return order.size();
    }

    /**
     * At most {@code limit} affected items from the {@code offset}-th on, in the order of
     * {@link #affected()}: a page, whose paths alone are built.
     */
    public List<AffectedCi> affected(int offset, int limit) {
        checkArgument(offset >= 0, "offset must not be negative: %s", offset);
        checkArgument(limit >= 0, "limit must not be negative: %s", limit);
        int from = Math.min(offset, order.size());
        int to = (int) Math.min(order.size(), (long) from + limit);
        return order.subList(from, to).stream().map(Reached::affected).collect(ImmutableList.toImmutableList());
    }

    /** The ids of the affected items, in the order of {@link #affected()}; a read-only view. */
    public Set<CiId> affectedIds() {
        return new AbstractSet<>() {
            @Override
            public Iterator<CiId> iterator() {
                Iterator<Reached> items = order.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return items.hasNext();
                    }

                    @Override
                    public CiId next() {
                        return items.next().item.id();
                    }
                };
            }

            @Override
            public boolean contains(Object id) {
                return id instanceof CiId ci && reached.apply(ci) != null;
            }

            @Override
            public int size() {
                return order.size();
            }
        };
    }

    public Optional<AffectedCi> affected(CiId id) {
        return Optional.ofNullable(reached.apply(checkNotNull(id, "id"))).map(Reached::affected);
    }

    /** The state of any item: operational unless the failure reached it. */
    public OperationalState stateOf(CiId id) {
        Reached item = reached.apply(checkNotNull(id, "id"));
        return item == null ? OperationalState.OPERATIONAL : item.state;
    }

    /** The counts, the services reached and the highest criticality, without the list of every item. */
    public ImpactSummary summary() {
        return summary.get();
    }

    /** The business services reached, nearest first. */
    public List<AffectedCi> businessServices() {
        return summary().businessServices();
    }

    /** The clinical-critical business services reached: care stops or is unsafe without them. */
    public List<AffectedCi> clinicalCriticalServices() {
        return summary().clinicalCriticalServices();
    }

    /** The departments owning affected items, each with its affected items, nearest first. */
    public ImmutableListMultimap<DepartmentId, AffectedCi> departments() {
        ImmutableListMultimap.Builder<DepartmentId, AffectedCi> departments = ImmutableListMultimap.builder();
        affected().forEach(ci -> ci.item().owningDepartment().ifPresent(d -> departments.put(d, ci)));
        return departments.build();
    }

    /**
     * The most critical of the business services reached, for the priority of an incident
     * raised against the failed items; empty when no service is reached.
     */
    public Optional<ServiceCriticality> highestServiceCriticality() {
        return summary().highestServiceCriticality();
    }

    private ImpactSummary summarise() {
        int down = 0;
        ImmutableList.Builder<AffectedCi> services = ImmutableList.builder();
        ImmutableList.Builder<AffectedCi> clinicalCritical = ImmutableList.builder();
        Set<DepartmentId> departments = new HashSet<>();
        ServiceCriticality highest = null;
        for (Reached item : order) {
            if (item.state == OperationalState.DOWN) {
                down++;
            }
            CiNode node = item.item;
            node.owningDepartment().ifPresent(departments::add);
            if (node.businessService()) {
                AffectedCi service = item.affected();
                services.add(service);
                if (node.isClinicalCriticalService()) {
                    clinicalCritical.add(service);
                }
                if (highest == null || Comparator.<ServiceCriticality>naturalOrder().compare(node.criticality(), highest) < 0) {
                    highest = node.criticality();
                }
            }
        }
        return new ImpactSummary(order.size(), down, order.size() - down, services.build(), clinicalCritical.build(),
                departments.size(), Optional.ofNullable(highest));
    }

    @Override
    public String toString() {
        return "ImpactReport[failed=" + failed + ", affected=" + order.size() + "]";
    }
}
