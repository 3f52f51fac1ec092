package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.ports.notification.out.RelayedEvent;
import org.itilhis.ports.notification.out.WebhookPayload;
import org.itilhis.ports.servicedesk.out.TicketRepository;

/**
 * Builds what a webhook tells of an event: the event's identity, type, time, position, record and
 * actor, and for a ticket's event the ticket's number, kind, priority, status, group and summary
 * as they are now. Never the event's own fields, which may hold free text (a work log, a caller
 * update, a reason) and so a patient's data.
 */
final class WebhookPayloads {
    private final TicketRepository tickets;

    WebhookPayloads(TicketRepository tickets) {
        this.tickets = checkNotNull(tickets, "tickets");
    }

    WebhookPayload of(RelayedEvent relayed) {
        DomainEvent event = relayed.event();
        return new WebhookPayload(relayed.id(), event.type(), event.occurredAt(), relayed.position(),
                event.aggregateId(), event.actor(), ticketFacts(event));
    }

    private Optional<WebhookPayload.TicketFacts> ticketFacts(DomainEvent event) {
        if (!(event instanceof TicketEvent ticketEvent)) {
            return Optional.empty();
        }
        return tickets.find(ticketEvent.ticketId()).map(WebhookPayloads::facts);
    }

    private static WebhookPayload.TicketFacts facts(Ticket ticket) {
        return new WebhookPayload.TicketFacts(ticket.number().toString(), ticket.type().name(),
                ticket.priority().name(), ticket.status().name(), ticket.group().value(), ticket.details().summary());
    }
}
