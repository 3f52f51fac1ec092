package org.itilhis.ports.problem.in;

import org.itilhis.ports.servicedesk.in.ContactView;

/**
 * Working problems: logging one and every later step of its lifecycle, links and owners, as
 * one entry point over the sealed {@link ProblemCommand} family. Each command is validated,
 * authorised, applied to the problem and saved with its events in one transaction; a refused
 * command changes nothing (neither the problem, nor the event log, nor a linked ticket).
 *
 * @throws org.itilhis.ports.common.InvalidCommandException for a command that breaks its constraints
 * @throws ProblemNotFoundException for an unknown problem, or one the actor may not see
 * @throws org.itilhis.ports.servicedesk.in.TicketNotFoundException for an incident the actor may not see
 * @throws IncidentNotLinkableException for a cancelled or closed incident, or a service request
 * @throws org.itilhis.ports.configuration.in.CiNotFoundException for an affected item not in the CMDB
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not do it
 * @throws org.itilhis.core.workflow.WorkflowException for a step the workflow does not allow now
 * @throws org.itilhis.core.shared.VersionConflictException if the problem changed since {@code expectedVersion}
 * @throws org.itilhis.core.shared.DomainException for any other refused business rule
 */
public interface ProblemUseCase {
    ProblemView log(LogProblem command);

    ProblemView handle(ProblemCommand command);

    /**
     * Resolves a contact at first contact with a known error's workaround, in one transaction:
     * the problem counts the use ({@link ProblemCommand.ApplyWorkaround} on the contact), then the
     * desk's own use case resolves the contact (code {@code WORKAROUND}, the note prefixed with
     * the known error's number); either refusal undoes both. The desk itself knows nothing of
     * problems: this composition is problem management's (docs/practices.md).
     *
     * @throws org.itilhis.ports.servicedesk.in.ContactNotFoundException for an unknown contact
     */
    ContactView resolveAtFirstContact(ResolveWithKnownError command);
}
