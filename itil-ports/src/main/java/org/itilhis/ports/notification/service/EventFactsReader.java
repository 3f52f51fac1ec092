package org.itilhis.ports.notification.service;

import java.util.Optional;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.ports.notification.out.RelayedEvent;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.out.TicketRepository;

/**
 * Finds an event's {@link EventFacts}: a ticket's event reads the ticket as it is now (the
 * relay may deliver some time after the event), an SLA escalation says all it needs itself.
 * Called inside a transaction of the desk's.
 */
final class EventFactsReader {
    private final TicketRepository tickets;

    EventFactsReader(TicketRepository tickets) {
        this.tickets = tickets;
    }

    /** The event's facts; empty for a ticket's event whose ticket is not stored (nothing to say of it). */
    Optional<EventFacts> read(RelayedEvent relayed) {
        DomainEvent event = relayed.event();
        if (event instanceof TicketEvent ticketEvent) {
            return tickets.find(ticketEvent.ticketId()).map(ticket -> ofTicket(relayed.id(), ticketEvent, ticket));
        }
        if (event instanceof ThresholdCrossed crossed) {
            return Optional.of(new EventFacts(relayed.id(), crossed.type(), crossed.number().toString(),
                    Optional.empty(), Optional.of(crossed.priority()), Optional.empty(), Optional.of(crossed.group()),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(crossed.group()),
                    Optional.empty(), Optional.of(crossed.threshold().toString()), crossed.threshold().isBreach(),
                    Optional.empty()));
        }
        return Optional.of(EventFacts.bare(relayed.id(), event.type(), event.aggregateId()));
    }

    private static EventFacts ofTicket(String eventId, TicketEvent event, Ticket stored) {
        TicketView ticket = TicketView.of(stored);
        Named named = named(event);
        Optional<String> freeText = event instanceof TicketEvent.CallerUpdated updated
                ? Optional.of(updated.message()) : Optional.empty();
        return new EventFacts(eventId, event.type(), ticket.number().toString(), Optional.of(ticket.type().name()),
                Optional.of(ticket.priority()), Optional.of(ticket.status().name()), Optional.of(ticket.group()),
                ticket.engineer(), Optional.of(ticket.details().caller()), Optional.of(ticket.details().summary()),
                named.group(), named.engineer(), Optional.empty(), false, freeText);
    }

    /** The group and engineer the event itself names, which the ticket may no longer hold when it is delivered. */
    private record Named(Optional<GroupId> group, Optional<StaffId> engineer) {
    }

    private static Named named(TicketEvent event) {
        if (event instanceof TicketEvent.Assigned e) {
            return new Named(Optional.of(e.group()), e.engineer());
        }
        if (event instanceof TicketEvent.Escalated e) {
            return new Named(Optional.of(e.toGroup()), Optional.empty());
        }
        if (event instanceof TicketEvent.EscalatedToLead e) {
            return new Named(Optional.of(e.group()), Optional.empty());
        }
        return new Named(Optional.empty(), Optional.empty());
    }
}
