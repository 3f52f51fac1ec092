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
import org.itilhis.ports.common.PersonalDataRead;
import org.itilhis.ports.servicedesk.in.QueuePosition;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketSearch;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * Reads tickets for an actor, never showing what the access policy does not let them see.
 * A ticket the actor may not see is reported as not found.
 *
 * <p><b>Reads are recorded</b> ({@code PersonalDataReads}, ADR 0014): every ticket shown (by
 * id, by number, before acting on it, its history, each ticket of a queue page or of search
 * results, one batch per answer) is recorded with the actor's staff id and origin, in a short
 * transaction of its own, before it is returned. A read that cannot be recorded is not served:
 * the {@code StorageException} is thrown instead of the answer. Reads by the system actor, and
 * those of {@link ServiceDesk#composedQueries()}, are not recorded.
 */
public final class TicketQueryService implements TicketQueries {
    private final ServiceDeskPorts ports;
    private final ServiceDeskSettings settings;
    private final ReadRecorder recorder;

    /** Queries recording every read they serve. */
    public TicketQueryService(ServiceDeskPorts ports, ServiceDeskSettings settings) {
        this(ports, settings, ReadRecorder.of(ports));
    }

    TicketQueryService(ServiceDeskPorts ports, ServiceDeskSettings settings, ReadRecorder recorder) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.recorder = checkNotNull(recorder, "recorder");
    }

    @Override
    public TicketView ticket(Actor actor, TicketId id) {
        Ticket ticket = ports.tickets().find(id).orElseThrow(() -> new TicketNotFoundException(id));
        return recorder.ticket(actor, PersonalDataRead.TICKET, visibility(actor, ticket, groupsOf(actor))
                .orElseThrow(() -> new TicketNotFoundException(id)).view(ticket));
    }

    @Override
    public TicketView permitted(Actor actor, TicketId id, Permission permission) {
        Ticket ticket = ports.tickets().find(id).orElseThrow(() -> new TicketNotFoundException(id));
        TicketVisibility seen = visibility(actor, ticket, groupsOf(actor))
                .orElseThrow(() -> new TicketNotFoundException(id));
        settings.access().check(actor, permission, seen.context(), ticket.number().toString());
        return recorder.ticket(actor, PersonalDataRead.TICKET, seen.view(ticket));
    }

    @Override
    public Optional<TicketView> byNumber(Actor actor, TicketNumber number) {
        return ports.tickets().findByNumber(number)
                .flatMap(ticket -> visibility(actor, ticket, groupsOf(actor)).map(seen -> seen.view(ticket)))
                .map(view -> recorder.ticket(actor, PersonalDataRead.TICKET, view));
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
        return recorder.tickets(actor, PersonalDataRead.QUEUE, ports.tickets()
                .search(after.map(search::after).orElse(search)).stream()
                .flatMap(ticket -> visibility(actor, ticket, actorGroups).map(seen -> seen.view(ticket)).stream())
                .toList());
    }

    @Override
    public List<TicketView> queued(Actor actor, List<TicketId> ids) {
        checkNotNull(ids, "ids");
        ImmutableSet<GroupId> groups = groupsOf(actor);
        List<TicketView> shown = new ArrayList<>();
        for (TicketId id : ids) {
            ports.tickets().find(id).ifPresent(ticket -> visibility(actor, ticket, groups)
                    .ifPresent(seen -> shown.add(seen.view(ticket))));
        }
        return recorder.tickets(actor, PersonalDataRead.QUEUE, List.copyOf(shown));
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
        return recorder.tickets(actor, PersonalDataRead.SEARCH,
                List.copyOf(found.subList(0, Math.min(found.size(), search.limit()))));
    }

    @Override
    public List<DomainEvent> history(Actor actor, TicketId id) {
        Ticket ticket = ports.tickets().find(id).orElseThrow(() -> new TicketNotFoundException(id));
        TicketVisibility seen = visibility(actor, ticket, groupsOf(actor))
                .orElseThrow(() -> new TicketNotFoundException(id));
        List<DomainEvent> history = seen.history(ports.events().history(id.toString()));
        recorder.record(actor, PersonalDataRead.RecordKind.TICKET, PersonalDataRead.TICKET_HISTORY,
                List.of(id.toString()));
        return history;
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
