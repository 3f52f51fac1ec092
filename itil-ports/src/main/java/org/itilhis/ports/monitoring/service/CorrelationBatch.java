package org.itilhis.ports.monitoring.service;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.cmdb.AffectedCi;
import org.itilhis.core.cmdb.CiEvent;
import org.itilhis.core.cmdb.CiGraph;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.ImpactAnalysis;
import org.itilhis.core.monitoring.AlertStatus;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.configuration.in.FaultIncident;
import org.itilhis.ports.configuration.in.ReportFault;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.monitoring.out.AlertIncidentLink;
import org.itilhis.ports.monitoring.out.CorrelationGroup;
import org.itilhis.ports.monitoring.out.StoredAlert;

/**
 * One batch of the correlator, inside its transaction: first the observed states in the order
 * the alerts were recorded, then the incidents of the firing alerts with the likeliest causes
 * first (the items whose failure reaches most), then the recoveries, and last one work log entry
 * per incident touched (a storm counts its alerts there instead of saving the ticket per alert)
 * and the closing of incidents whose alerts have all recovered.
 */
final class CorrelationBatch {
    /** The fault source of the incidents monitoring raises through the CMDB's fault incidents. */
    static final String SOURCE = "monitoring";
    private static final int MAX_NAME = 150;

    private final CorrelationPorts ports;
    private final CorrelationSettings settings;
    private final Cmdb cmdb;
    private final List<StoredAlert> alerts;
    private final ObservedStateKeeper states;
    private final Map<CiId, Set<CiId>> services = new HashMap<>();
    private final Map<CiId, Set<CiId>> reach = new HashMap<>();
    private final Map<TicketId, Boolean> open = new HashMap<>();
    private final Map<List<Object>, Optional<TicketId>> standing = new HashMap<>();
    private final Map<TicketId, IncidentNotes> notes = new LinkedHashMap<>();
    private final List<CorrelationGroup> groups = new ArrayList<>();
    private CiGraph graph;
    private int raised;

    CorrelationBatch(CorrelationPorts ports, CorrelationSettings settings, Cmdb cmdb, List<StoredAlert> alerts) {
        this.ports = ports;
        this.settings = settings;
        this.cmdb = cmdb;
        this.alerts = alerts;
        this.states = new ObservedStateKeeper(ports);
    }

    CorrelationRun correlate(long from) {
        List<StoredAlert> firing = new ArrayList<>();
        List<StoredAlert> recoveries = new ArrayList<>();
        for (StoredAlert alert : alerts) {
            if (alert.ci().isEmpty()) {
                continue; // listed for the configuration manager by the intake
            }
            states.apply(alert);
            (alert.alert().status() == AlertStatus.FIRING ? firing : recoveries).add(alert);
        }
        if (!firing.isEmpty()) {
            graph = cmdb.currentGraph();
            Instant earliest = firing.stream().map(StoredAlert::receivedAt).min(Comparator.naturalOrder()).orElseThrow();
            groups.addAll(ports.incidents().groupsOpenedSince(earliest.minus(settings.window().multipliedBy(2))));
            firing.sort(Comparator.comparingInt((StoredAlert a) -> -reach(a.ci().get()).size()));
            firing.forEach(this::correlateFiring);
        }
        recoveries.forEach(this::recover);
        int closed = 0;
        for (Map.Entry<TicketId, IncidentNotes> entry : notes.entrySet()) {
            closed += new IncidentUpdate(ports, settings, entry.getKey(), entry.getValue()).apply() ? 1 : 0;
        }
        return new CorrelationRun(from, alerts.get(alerts.size() - 1).position(), alerts.size(), raised,
                states.changes(), closed);
    }

    private void correlateFiring(StoredAlert stored) {
        CiId ci = stored.ci().get();
        String name = name(stored);
        Optional<AlertIncidentLink> before = ports.incidents().latestLinkOf(stored.alert().source(),
                stored.alert().fingerprint());
        if (before.isPresent() && (isOpen(before.get().incident()) || !states.counted(stored))) {
            addTo(before.get().incident(), stored);
            return;
        }
        Optional<TicketId> standing = incidentFor(ci, name).filter(this::isOpen);
        if (standing.isPresent()) {
            addTo(standing.get(), stored);
            return;
        }
        Instant at = stored.receivedAt();
        Set<CiId> reached = services(ci);
        Optional<CorrelationGroup> group = groups.stream()
                .filter(g -> g.open(at, settings.window()) && related(g, ci, reached))
                .filter(g -> isOpen(g.incident()))
                .findFirst();
        if (group.isPresent()) {
            join(group.get(), stored, ci, name, reached);
        } else {
            raise(stored, ci, name, reached);
        }
    }

    private void raise(StoredAlert stored, CiId ci, String name, Set<CiId> reached) {
        FaultIncident incident;
        try {
            incident = cmdb.faultIncidents().report(new ReportFault(Actor.system(), ci, SOURCE, ci + " " + name,
                    capped("Monitoring: " + name + " on " + describe(ci), 200), capped(describe(stored), 8000),
                    reference(stored), null));
        } catch (CiNotFoundException gone) {
            return; // the item left the CMDB since the alert was mapped: the alert stays in the log
        }
        open.put(incident.ticket(), true);
        standFor(ci, name, incident.ticket());
        link(stored, incident.ticket());
        if (incident.raised()) {
            raised++;
            CorrelationGroup group = new CorrelationGroup(incident.ticket(), ci, reached, stored.receivedAt());
            ports.incidents().save(group);
            groups.add(group);
        } else {
            notes(incident.ticket()).added(stored);
        }
    }

    private void join(CorrelationGroup group, StoredAlert stored, CiId ci, String name, Set<CiId> reached) {
        TicketId ticket = group.incident();
        standFor(ci, name, ticket);
        link(stored, ticket);
        notes(ticket).added(stored);
        if (ports.cmdb().links().link(ticket, ci)) {
            Ticket incident = ports.cmdb().desk().tickets().find(ticket).orElseThrow();
            ports.cmdb().desk().events().append(List.of(new CiEvent.AffectedByTicket(ci, ticket, incident.number(),
                    Actor.SYSTEM_ID, ports.cmdb().desk().clock().instant())));
        }
        boolean explains = !ci.equals(group.cause()) && reach(ci).contains(group.cause());
        CiId cause = explains ? ci : group.cause();
        if (explains || !group.services().containsAll(reached)) {
            CorrelationGroup changed = group.causedBy(cause, reached);
            ports.incidents().save(changed);
            groups.set(groups.indexOf(group), changed);
            if (explains) {
                notes(ticket).causedBy(describe(ci));
            }
        }
    }

    private void addTo(TicketId ticket, StoredAlert stored) {
        standFor(stored.ci().get(), name(stored), ticket);
        link(stored, ticket);
        notes(ticket).added(stored);
    }

    private void recover(StoredAlert stored) {
        ports.incidents().latestLinkOf(stored.alert().source(), stored.alert().fingerprint()).ifPresent(before -> {
            link(stored, before.incident());
            notes(before.incident()).recovered(stored);
        });
    }

    private void link(StoredAlert stored, TicketId ticket) {
        ports.incidents().link(new AlertIncidentLink(stored.position(), stored.alert().source(),
                stored.alert().fingerprint(), stored.ci().get(), ticket));
    }

    /** The incident standing for the problem on the item, read once per batch. */
    private Optional<TicketId> incidentFor(CiId ci, String name) {
        return standing.computeIfAbsent(List.of(ci, name), key -> ports.incidents().incidentFor(ci, name));
    }

    /** Records that the incident stands for the problem on the item, unless it does already. */
    private void standFor(CiId ci, String name, TicketId ticket) {
        if (!incidentFor(ci, name).equals(Optional.of(ticket))) {
            ports.incidents().standFor(ci, name, ticket);
            standing.put(List.of(ci, name), Optional.of(ticket));
        }
    }

    private IncidentNotes notes(TicketId ticket) {
        return notes.computeIfAbsent(ticket, t -> new IncidentNotes());
    }

    private boolean isOpen(TicketId ticket) {
        return open.computeIfAbsent(ticket, t -> ports.cmdb().desk().tickets().find(t)
                .map(found -> found.status().isOpen()).orElse(false));
    }

    /** The business services the item's failure reaches (itself when it is one). */
    private Set<CiId> services(CiId ci) {
        return services.computeIfAbsent(ci, id -> {
            if (!graph.contains(id)) {
                return ImmutableSet.of();
            }
            return ImpactAnalysis.of(graph).impactOf(Set.of(id)).businessServices().stream().map(AffectedCi::id)
                    .collect(ImmutableSet.toImmutableSet());
        });
    }

    /**
     * Whether an alert on {@code ci} belongs to the group: its failure reaches one of the group's
     * services, or the group's cause explains it, or it explains the group's cause.
     */
    private boolean related(CorrelationGroup group, CiId ci, Set<CiId> reached) {
        return !Sets.intersection(group.services(), reached).isEmpty() || reach(group.cause()).contains(ci)
                || reach(ci).contains(group.cause());
    }

    /** The items the item's failure reaches (itself included): the one reaching most is the likelier cause. */
    private Set<CiId> reach(CiId ci) {
        return reach.computeIfAbsent(ci, id -> graph.contains(id)
                ? ImmutableSet.copyOf(ImpactAnalysis.of(graph).impactOf(Set.of(id)).affectedIds()) : ImmutableSet.of());
    }

    private String describe(CiId ci) {
        return ports.cmdb().items().find(ci).map(item -> item.assetTag().value() + " " + item.details().name())
                .orElse(ci.toString());
    }

    private static String describe(StoredAlert stored) {
        return stored.alert().severity() + " " + stored.alert().name() + ": " + stored.alert().summary()
                + "\nsince " + stored.alert().startsAt() + ", " + reference(stored);
    }

    static String reference(StoredAlert stored) {
        return capped("alert " + stored.position() + " " + stored.alert().source() + " " + stored.alert().name(), 200);
    }

    static String name(StoredAlert stored) {
        return capped(stored.alert().name(), MAX_NAME);
    }

    static String capped(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
