package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.repair.Money;
import org.itilhis.core.repair.Repair;
import org.itilhis.core.repair.RepairId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.operations.in.DowntimeInterval;
import org.itilhis.ports.operations.in.RepairCosts;
import org.itilhis.ports.operations.in.RepairDowntime;
import org.itilhis.ports.operations.in.RepairNotFoundException;
import org.itilhis.ports.operations.in.RepairQueries;
import org.itilhis.ports.operations.in.RepairSearch;
import org.itilhis.ports.operations.in.RepairView;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Implements {@link RepairQueries} (every repair for a reader with {@code VIEW_REPAIRS}, none for
 * anyone else) and {@link RepairDowntime} (for the practices that compute availability, unchecked).
 */
final class RepairQueryService implements RepairQueries, RepairDowntime {
    private final RepairPorts ports;
    private final ServiceDeskSettings settings;

    RepairQueryService(RepairPorts ports, ServiceDeskSettings settings) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
    }

    @Override
    public RepairView repair(Actor actor, RepairId id) {
        checkNotNull(id, "id");
        return ports.repairs().find(id).filter(r -> mayView(actor)).map(RepairView::of)
                .orElseThrow(() -> new RepairNotFoundException(id));
    }

    @Override
    public List<RepairView> search(Actor actor, RepairSearch search) {
        checkNotNull(search, "search");
        if (!mayView(actor)) {
            return List.of();
        }
        return ports.repairs().search(search).stream().map(RepairView::of).toList();
    }

    @Override
    public List<DomainEvent> history(Actor actor, RepairId id) {
        repair(actor, id);
        return ports.desk().events().history(id.toString());
    }

    @Override
    public List<RepairCosts> costsPerVendor(Actor actor, Instant from, Instant to) {
        checkPeriod(from, to);
        if (!mayView(actor)) {
            return List.of();
        }
        Map<List<Object>, RepairCosts> sums = new LinkedHashMap<>();
        for (Repair repair : ports.repairs().openedBetween(from, to)) {
            Optional<String> vendor = repair.opening().vendor();
            repair.cost().ifPresent(cost -> sums.merge(List.of(vendor, cost.currency()),
                    new RepairCosts(vendor, cost, 1),
                    (a, b) -> new RepairCosts(vendor, new Money(a.total().amount().add(b.total().amount()),
                            cost.currency()), a.repairs() + 1)));
        }
        List<RepairCosts> costs = new ArrayList<>(sums.values());
        costs.sort(Comparator.comparing((RepairCosts c) -> c.total().amount(), Comparator.<BigDecimal>reverseOrder())
                .thenComparing(c -> c.vendor().orElse("")));
        return costs;
    }

    @Override
    public List<DowntimeInterval> downtime(Actor actor, Set<CiId> cis, Instant from, Instant to) {
        return mayView(actor) ? downtime(cis, from, to) : List.of();
    }

    @Override
    public List<DowntimeInterval> downtime(Set<CiId> cis, Instant from, Instant to) {
        checkNotNull(cis, "cis");
        checkPeriod(from, to);
        return ports.repairs().downOverlapping(from, to).stream()
                .filter(r -> cis.isEmpty() || cis.contains(r.ci()))
                .map(r -> new DowntimeInterval(r.ci(), r.id(), r.downtime()))
                .sorted(Comparator.comparing((DowntimeInterval d) -> d.ci().value())
                        .thenComparing(d -> d.downtime().start()).thenComparing(d -> d.repair().value()))
                .toList();
    }

    private static void checkPeriod(Instant from, Instant to) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkArgument(from.isBefore(to), "the period [%s, %s) is empty", from, to);
    }

    private boolean mayView(Actor actor) {
        checkNotNull(actor, "actor");
        return settings.access().permits(actor, Permission.VIEW_REPAIRS,
                AccessContext.general(ports.desk().directory().groupsOf(actor.staffId())));
    }
}
