package org.itilhis.ports.configuration.in;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.ticket.TicketId;

/**
 * The incident standing for a fault.
 *
 * @param ticket the incident
 * @param number its number, as people quote it
 * @param raised whether this report raised it (false: the fault was added to it)
 */
public record FaultIncident(TicketId ticket, String number, boolean raised) {
    public FaultIncident {
        checkNotNull(ticket, "ticket");
        checkNotNull(number, "number");
    }
}
