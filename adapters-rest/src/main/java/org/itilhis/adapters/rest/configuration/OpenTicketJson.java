package org.itilhis.adapters.rest.configuration;

import java.util.List;
import java.util.UUID;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.configuration.in.OpenTicket;

/** An open incident or service request recorded against the item {@code ci}. */
public record OpenTicketJson(UUID ci, UUID ticket, String number, TicketType type, TicketStatus status,
                             Priority priority, String summary) {

    public static OpenTicketJson of(OpenTicket open) {
        return new OpenTicketJson(open.ci().value(), open.ticket().value(), open.number().toString(), open.type(),
                open.status(), open.priority(), open.summary());
    }

    /** The open tickets on an item, most urgent first. */
    public record OpenTicketsJson(List<OpenTicketJson> items) {
    }
}
