package org.itilhis.ports.servicedesk.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.access.Permission;
import org.itilhis.core.access.Scope;
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
        Ticket ticket = ports.tickets().find(id).orElseThrow(() -> new TicketNotFoundException(id));
        return visibility(actor, ticket, groupsOf(actor)).orElseThrow(() -> new TicketNotFoundException(id))
                .view(ticket);
    }

    @Override
    public TicketView permitted(Actor actor, TicketId id, Permission permission) {
        Ticket ticket = ports.tickets().find(id).orElseThrow(() -> new TicketNotFoundException(id));
        TicketVisibility seen = visibility(actor, ticket, groupsOf(actor))
                .orElseThrow(() -> new TicketNotFoundException(id));
        settings.access().check(actor, permission, seen.context(), ticket.number().toString());
        return seen.view(ticket);
    }

    @Override
    public Optional<TicketView> byNumber(Actor actor, TicketNumber number) {
        return ports.tickets().findByNumber(number)
                .flatMap(ticket -> visibility(actor, ticket, groupsOf(actor)).map(seen -> seen.view(ticket)));
    }

    @Override
    public List<TicketView> queue(Actor actor, int limit, Optional<QueuePosition> after) {
        checkNotNull(after, "after");
        Optional<ImmutableSet<GroupId>> groups = QueueScope.groups(settings, ports.directory(), actor, limit);
        if (groups.isEmpty()) {
            return List.of();
        }
        TicketSearch search = TicketSearch.queueOf(groups.get(), limit);
        ImmutableSet<GroupId> actorGroups = groupsOf(actor);
        return ports.tickets().search(after.map(search::after).orElse(search)).stream()
                .flatMap(ticket -> visibility(actor, ticket, actorGroups).map(seen -> seen.view(ticket)).stream())
                .toList();
    }

    /**
     * Passes the search, with its position, to the repository, narrowed to the tickets the
     * actor may see ({@link TicketSearch.Reach}) unless they may see every ticket: the
     * tickets they called in where they may see those, their groups' and their own where they
     * may see those. A ticket the policy still hides (a policy with rules finer than its
     * scopes) is left out, and the search then goes on after the last ticket read, so that a
     * page is short only when no more match.
     */
    @Override
    public List<TicketView> search(Actor actor, TicketSearch search) {
        ImmutableSet<GroupId> groups = groupsOf(actor);
        Set<Scope> scopes = settings.access().scopes(actor, Permission.VIEW_TICKET);
        TicketSearch scoped = scopes.contains(Scope.ANY) ? search : search.within(new TicketSearch.Reach(
                scopes.contains(Scope.OWN) ? Optional.of(actor.staffId()) : Optional.empty(),
                scopes.contains(Scope.GROUP) ? groups : ImmutableSet.of(),
                scopes.contains(Scope.GROUP) ? Optional.of(actor.staffId()) : Optional.empty()));
        List<TicketView> found = new ArrayList<>();
        List<Ticket> read;
        do {
            read = ports.tickets().search(scoped);
            read.forEach(ticket -> visibility(actor, ticket, groups).ifPresent(seen -> found.add(seen.view(ticket))));
            if (!read.isEmpty()) {
                scoped = scoped.after(QueuePosition.of(read.get(read.size() - 1)));
            }
        } while (read.size() == search.limit() && found.size() < search.limit());
        return List.copyOf(found.subList(0, Math.min(found.size(), search.limit())));
    }

    @Override
    public List<DomainEvent> history(Actor actor, TicketId id) {
        Ticket ticket = ports.tickets().find(id).orElseThrow(() -> new TicketNotFoundException(id));
        TicketVisibility seen = visibility(actor, ticket, groupsOf(actor))
                .orElseThrow(() -> new TicketNotFoundException(id));
        return seen.history(ports.events().history(id.toString()));
    }

    /** What the actor may see of the ticket; nothing when they may not see it at all. */
    private Optional<TicketVisibility> visibility(Actor actor, Ticket ticket, ImmutableSet<GroupId> groups) {
        TicketVisibility visibility = TicketVisibility.of(settings.access(), actor, ticket, groups);
        return visibility.seen() ? Optional.of(visibility) : Optional.empty();
    }

    private ImmutableSet<GroupId> groupsOf(Actor actor) {
        return ports.directory().groupsOf(actor.staffId());
    }
}
