package org.itilhis.ports.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.sla.SlaPolicy;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.in.SlaNotConfiguredException;
import org.itilhis.ports.in.SlaQueries;
import org.itilhis.ports.in.TicketQueries;
import org.itilhis.ports.out.ClockWatch;

/** Implements {@link SlaQueries}: ticket visibility as {@link TicketQueries} decides it, reports with VIEW_SLA. */
public final class SlaQueryService implements SlaQueries {
    static final int PAGE = 500;
    private static final Comparator<SlaMeasurement> MOST_URGENT_FIRST = Comparator
            .comparing((SlaMeasurement m) -> !m.resolution().isBreached() && !m.response().isBreached())
            .thenComparing(m -> m.resolution().deadline().orElse(Instant.MAX))
            .thenComparing(m -> m.ticketId().toString());

    private final ServiceLevelPorts ports;
    private final ServiceDeskSettings settings;
    private final TicketQueries tickets;
    private final SlaPolicies policies;

    SlaQueryService(ServiceLevelPorts ports, ServiceDeskSettings settings, TicketQueries tickets) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.tickets = checkNotNull(tickets, "tickets");
        this.policies = new SlaPolicies(ports.configuration());
    }

    @Override
    public SlaMeasurement clocks(Actor actor, TicketId id) {
        tickets.ticket(actor, id); // not found unless the actor may see it
        return measure(policy(), id, ports.desk().clock().instant());
    }

    @Override
    public List<SlaMeasurement> atRisk(Actor actor) {
        settings.access().check(actor, Permission.VIEW_SLA,
                AccessContext.general(ports.desk().directory().groupsOf(actor.staffId())), "the SLA report");
        SlaPolicy policy = policy();
        Instant now = ports.desk().clock().instant();
        List<SlaMeasurement> atRisk = new ArrayList<>();
        List<ClockWatch> page = watches(Optional.empty());
        while (!page.isEmpty()) {
            for (ClockWatch watch : page) {
                SlaMeasurement m = measure(policy, watch.ticketId(), now);
                if (!m.crossedThresholds().isEmpty() && !m.resolution().state().isStopped()) {
                    atRisk.add(m);
                }
            }
            page = page.size() < PAGE ? List.of() : watches(Optional.of(page.get(page.size() - 1).ticketId()));
        }
        atRisk.sort(MOST_URGENT_FIRST);
        return atRisk;
    }

    private List<ClockWatch> watches(Optional<TicketId> after) {
        return ports.desk().transactions().inTransaction(() -> ports.watches().list(after, PAGE));
    }

    private SlaPolicy policy() {
        return policies.current().orElseThrow(SlaNotConfiguredException::new);
    }

    private SlaMeasurement measure(SlaPolicy policy, TicketId id, Instant now) {
        List<TicketEvent> history = ports.desk().events().history(id.toString()).stream()
                .filter(TicketEvent.class::isInstance).map(TicketEvent.class::cast).toList();
        return policy.measure(history, now);
    }
}
