/**
 * Incidents and service requests: the tickets the service desk raises and engineers work.
 *
 * <p>An <em>incident</em> is an unplanned interruption or degradation of an IT service
 * (the outpatient registration terminal is down); a <em>service request</em> is a request
 * for something standard (a new HIS account, a toner cartridge). Both are a
 * {@link org.itilhis.core.ticket.Ticket} of a {@link org.itilhis.core.ticket.TicketType},
 * share one lifecycle declared in {@link org.itilhis.core.ticket.TicketWorkflows}, always
 * have an owning assignment group while open, and record every change as a
 * {@link org.itilhis.core.ticket.TicketEvent} from which the ticket can be rebuilt.
 */
package org.itilhis.core.ticket;
