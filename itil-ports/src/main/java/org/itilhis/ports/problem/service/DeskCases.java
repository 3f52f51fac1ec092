package org.itilhis.ports.problem.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.problem.DeskCase;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketAction;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.problem.in.IncidentNotLinkableException;
import org.itilhis.ports.servicedesk.in.ContactNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * The service desk's records as problem management reads them: a ticket the actor may not see
 * is not found, as the desk's own queries answer; an incident is linkable unless cancelled or
 * closed; a linked incident is resolvable with the problem when the actor may resolve it and
 * its workflow allows it now.
 */
final class DeskCases {
    private final ServiceDeskPorts desk;
    private final AccessPolicy access;

    DeskCases(ServiceDeskPorts desk, AccessPolicy access) {
        this.desk = checkNotNull(desk, "desk");
        this.access = checkNotNull(access, "access");
    }

    /**
     * The incident, checked linkable by {@code actor}.
     *
     * @throws TicketNotFoundException if absent or not visible to the actor
     * @throws IncidentNotLinkableException if a service request, or cancelled or closed
     */
    Ticket linkable(Actor actor, TicketId id) {
        Ticket ticket = seen(actor, id);
        if (ticket.type() != TicketType.INCIDENT) {
            throw IncidentNotLinkableException.notAnIncident(ticket.number());
        }
        if (ticket.status() == TicketStatus.CANCELLED || ticket.status() == TicketStatus.CLOSED) {
            throw IncidentNotLinkableException.ended(ticket.number(), ticket.status());
        }
        return ticket;
    }

    /**
     * Checks the desk case exists and, for a ticket, that the actor sees it.
     *
     * @throws TicketNotFoundException  if the ticket is absent or not visible to the actor
     * @throws ContactNotFoundException if the contact is absent
     */
    void check(Actor actor, DeskCase appliedTo) {
        appliedTo.ticket().ifPresent(ticket -> seen(actor, ticket));
        appliedTo.contact().ifPresent(contact -> desk.contacts().find(contact)
                .orElseThrow(() -> new ContactNotFoundException(contact)));
    }

    /** Those of {@code incidents} that the actor may resolve now, in the given order. */
    List<TicketId> resolvable(Actor actor, Collection<TicketId> incidents) {
        return incidents.stream().filter(id -> desk.tickets().find(id).filter(ticket -> {
            AccessContext context = contextOf(actor, ticket);
            return access.permits(actor, Permission.VIEW_TICKET, context)
                    && access.permits(actor, Permission.RESOLVE, context)
                    && ticket.allowedActions().contains(TicketAction.RESOLVE);
        }).isPresent()).toList();
    }

    private Ticket seen(Actor actor, TicketId id) {
        checkNotNull(id, "ticket");
        Optional<Ticket> found = desk.tickets().find(id)
                .filter(ticket -> access.permits(actor, Permission.VIEW_TICKET, contextOf(actor, ticket)));
        return found.orElseThrow(() -> new TicketNotFoundException(id));
    }

    private AccessContext contextOf(Actor actor, Ticket ticket) {
        return AccessContext.of(ticket.details().caller(), ticket.group(), ticket.engineer(),
                desk.directory().groupsOf(actor.staffId()));
    }
}
