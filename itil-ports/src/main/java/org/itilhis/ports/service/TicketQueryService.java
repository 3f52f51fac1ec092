package org.itilhis.ports.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.Role;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.in.TicketNotFoundException;
import org.itilhis.ports.in.TicketQueries;
import org.itilhis.ports.in.TicketSearch;
import org.itilhis.ports.in.TicketView;

/**
 * Reads tickets for an actor, never showing what the access policy does not let them see.
 * A ticket the actor may not see is reported as not found.
 */
public final class TicketQueryService implements TicketQueries {
    private final ServiceDeskPorts ports;
    private final ServiceDeskSettings settings;

    public TicketQueryService(ServiceDeskPorts ports, ServiceDeskSettings settings) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
    }

    @Override
    public TicketView ticket(Actor actor, TicketId id) {
        return TicketView.of(visible(actor, id));
    }

    @Override
    public Optional<TicketView> byNumber(Actor actor, TicketNumber number) {
        return ports.tickets().findByNumber(number)
                .filter(ticket -> maySee(actor, ticket, groupsOf(actor)))
                .map(TicketView::of);
    }

    @Override
    public List<TicketView> queue(Actor actor, int limit) {
        checkArgument(limit >= 1 && limit <= TicketSearch.MAX_LIMIT, "limit %s out of range", limit);
        ImmutableSet<GroupId> groups = groupsOf(actor);
        settings.access().check(actor, Permission.VIEW_QUEUE, AccessContext.general(groups), "the work queue");
        // the service desk is the single point of contact and watches the queues of every group
        ImmutableSet<GroupId> queues = actor.has(Role.SERVICE_DESK_AGENT) ? ImmutableSet.of() : groups;
        return ports.tickets().search(TicketSearch.queueOf(queues, limit)).stream().map(TicketView::of).toList();
    }

    @Override
    public List<TicketView> search(Actor actor, TicketSearch search) {
        ImmutableSet<GroupId> groups = groupsOf(actor);
        boolean seesAll = settings.access().permits(actor, Permission.VIEW_TICKET, AccessContext.general(groups));
        TicketSearch scoped = seesAll ? search : search.withCaller(actor.staffId());
        return ports.tickets().search(scoped).stream()
                .filter(ticket -> maySee(actor, ticket, groups))
                .map(TicketView::of)
                .toList();
    }

    @Override
    public List<DomainEvent> history(Actor actor, TicketId id) {
        return ports.events().history(visible(actor, id).id().toString());
    }

    private Ticket visible(Actor actor, TicketId id) {
        return ports.tickets().find(id)
                .filter(ticket -> maySee(actor, ticket, groupsOf(actor)))
                .orElseThrow(() -> new TicketNotFoundException(id));
    }

    private boolean maySee(Actor actor, Ticket ticket, ImmutableSet<GroupId> groups) {
        return settings.access().permits(actor, Permission.VIEW_TICKET,
                AccessContext.of(ticket.details().caller(), ticket.group(), groups));
    }

    private ImmutableSet<GroupId> groupsOf(Actor actor) {
        return ports.directory().groupsOf(actor.staffId());
    }
}
