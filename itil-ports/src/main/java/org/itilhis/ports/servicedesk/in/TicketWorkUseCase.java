package org.itilhis.ports.servicedesk.in;

import org.itilhis.ports.common.InvalidCommandException;

/**
 * Working incidents and service requests: every step of their lifecycle and the records
 * kept along the way (work logs, ratings, priority decisions), as one entry point over
 * the sealed {@link TicketCommand} family.
 *
 * <p>Each command is validated, authorised, applied to the ticket and saved with its event
 * in one transaction; a refused command changes nothing.
 *
 * @throws InvalidCommandException for a command that breaks its constraints
 * @throws TicketNotFoundException for an unknown ticket
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not do it
 * @throws org.itilhis.core.workflow.WorkflowException for a step the workflow does not allow now
 * @throws org.itilhis.core.shared.VersionConflictException if the ticket changed since {@code expectedVersion}
 * @throws org.itilhis.core.shared.DomainException for any other refused business rule
 */
public interface TicketWorkUseCase {
    TicketView handle(TicketCommand command);
}
