package org.itilhis.ports.servicedesk.in;

import org.itilhis.ports.common.InvalidCommandException;

/**
 * The single point of contact: log every contact and decide its outcome (resolved at
 * first contact, raised as a ticket, linked to an open ticket).
 *
 * <p>Every method validates its command, checks the actor's permission and runs in one
 * transaction; a refused command changes nothing.
 *
 * @throws InvalidCommandException for a command that breaks its constraints
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not do it
 * @throws ContactNotFoundException, TicketNotFoundException for unknown records
 * @throws org.itilhis.core.workflow.WorkflowException when the contact or ticket is past that step
 */
public interface ServiceDeskUseCase {
    ContactView logContact(ContactCommand.Log command);

    ContactView resolveAtFirstContact(ContactCommand.ResolveAtFirstContact command);

    TicketView raiseTicket(ContactCommand.RaiseTicket command);

    TicketView linkToTicket(ContactCommand.LinkToTicket command);
}
