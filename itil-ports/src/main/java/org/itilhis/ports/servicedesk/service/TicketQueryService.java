package org.itilhis.ports.servicedesk.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.in.TicketView;

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
    public List<TicketView> queue(Actor actor, int limit, Optional<QueuePosition> after) {
        checkNotNull(after, "after");
        Optional<ImmutableSet<GroupId>> groups = QueueScope.groups(settings, ports.directory(), actor, limit);
        if (groups.isEmpty()) {
            return List.of();
        }
        TicketSearch search = TicketSearch.queueOf(groups.get(), limit);
        return ports.tickets().search(after.map(search::after).orElse(search)).stream().map(TicketView::of).toList();
    }

    /**
     * Passes the search, with its position, to the repository. Tickets the actor may not see
     * are left out, and the search then goes on after the last ticket read, so that a page is
     * short only when no more match. Under the hospital default that never happens: an actor
     * who may see every ticket loses none, and anyone else searches only among the tickets
     * they called in, which they may see; a stricter policy reads on at most through those.
     */
    @Override
    public List<TicketView> search(Actor actor, TicketSearch search) {
        ImmutableSet<GroupId> groups = groupsOf(actor);
        boolean seesAll = settings.access().permits(actor, Permission.VIEW_TICKET, AccessContext.general(groups));
        TicketSearch scoped = seesAll ? search : search.withCaller(actor.staffId());
        List<TicketView> found = new ArrayList<>();
        List<Ticket> read;
        do {
            read = ports.tickets().search(scoped);
            read.stream().filter(ticket -> maySee(actor, ticket, groups)).map(TicketView::of).forEach(found::add);
            if (!read.isEmpty()) {
                scoped = scoped.after(QueuePosition.of(read.get(read.size() - 1)));
            }
        } while (read.size() == search.limit() && found.size() < search.limit());
        return List.copyOf(found.subList(0, Math.min(found.size(), search.limit())));
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
