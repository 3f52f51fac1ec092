package org.itilhis.ports.problem.in;

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
}
