package org.itilhis.ports.monitoring.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.ImpactAnalysis;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.monitoring.in.AffectedNow;
import org.itilhis.ports.monitoring.in.AlertIncidentView;
import org.itilhis.ports.monitoring.in.CiStateView;
import org.itilhis.ports.monitoring.in.CiStateQueries;
import org.itilhis.ports.monitoring.in.ObservedOutage;
import org.itilhis.ports.monitoring.in.ObservedOutages;
import org.itilhis.ports.monitoring.out.CiStateNow;

/**
 * Answers what monitoring knows now, thinly over the stores and the CMDB: the items not
 * operational with their firing alerts, their impact on the graph as it stands ("what is
 * affected right now" is the current states handed to {@link ImpactAnalysis#impactOf(Map)}),
 * the incident of an alert; and, for availability, the periods the items were seen down or
 * degraded.
 */
public final class CiStateQueryService implements CiStateQueries, ObservedOutages {
    /** The most items a page of states holds. */
    public static final int MAX_PAGE = 500;

    private final CorrelationPorts ports;
    private final AccessPolicy access;
    private final Cmdb cmdb;

    CiStateQueryService(CorrelationPorts ports, AccessPolicy access, Cmdb cmdb) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        this.cmdb = checkNotNull(cmdb, "cmdb");
    }

    @Override
    public List<CiStateView> ciStates(Actor actor, Optional<CiId> after, int limit) {
        checkNotNull(after, "after");
        checkArgument(limit >= 1 && limit <= MAX_PAGE, "limit %s not within 1..%s", limit, MAX_PAGE);
        checkMayView(actor, "ci-states");
        return ports.cmdb().desk().transactions().inTransaction(() -> ports.states().notOperational(after, limit)
                .stream().map(now -> new CiStateView(now.ci(), now.state(), now.since(), now.reference(),
                        ports.states().firingOn(now.ci())))
                .toList());
    }

    @Override
    public AffectedNow affectedNow(Actor actor) {
        checkMayView(actor, "ci-states/impact");
        Instant asOf = ports.cmdb().desk().clock().instant();
        Map<CiId, OperationalState> observed = new LinkedHashMap<>();
        ports.cmdb().desk().transactions().inTransaction(() -> {
            Optional<CiId> after = Optional.empty();
            List<CiStateNow> page;
            do {
                page = ports.states().notOperational(after, MAX_PAGE);
                page.forEach(now -> observed.put(now.ci(), now.state()));
                after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).ci());
            } while (page.size() == MAX_PAGE);
            return null;
        });
        CiGraph graph = cmdb.currentGraph();
        observed.keySet().removeIf(ci -> !graph.contains(ci)); // an item gone from the CMDB affects nothing
        return new AffectedNow(asOf, ImmutableMap.copyOf(observed), ImpactAnalysis.of(graph).impactOf(observed));
    }

    @Override
    public Optional<AlertIncidentView> incidentOfAlert(Actor actor, long position) {
        checkMayView(actor, "alert " + position);
        return ports.cmdb().desk().transactions().inTransaction(() -> ports.incidents().linkOf(position)
                .flatMap(link -> ports.cmdb().desk().tickets().find(link.incident()))
                .map(ticket -> new AlertIncidentView(position, ticket.id(), ticket.number().toString(),
                        ticket.status())));
    }

    @Override
    public List<ObservedOutage> outages(Set<CiId> cis, Instant from, Instant to) {
        checkNotNull(cis, "cis");
        checkArgument(from.isBefore(to), "from %s is not before to %s", from, to);
        return ports.cmdb().desk().transactions().inTransaction(() -> ports.states().periods(cis, from, to));
    }

    private void checkMayView(Actor actor, String record) {
        checkNotNull(actor, "actor");
        access.check(actor, Permission.VIEW_MONITORING, AccessContext.general(
                ports.cmdb().desk().directory().groupsOf(actor.staffId())), record);
    }
}
