package org.itilhis.ports.change.in;

/**
 * Working changes: raising one and every later step of its lifecycle, as one entry point over
 * the sealed {@link ChangeCommand} family. Each command is validated, authorised, applied to the
 * change and saved with its events in one transaction; a refused command changes nothing.
 *
 * @throws org.itilhis.ports.common.InvalidCommandException for a command that breaks its constraints
 * @throws ChangeNotFoundException for an unknown change, or one the actor may not see
 * @throws ChangeTemplateNotFoundException for a standard change naming an unknown template
 * @throws ChangeAdvisoryBoardNotFoundException when the board the approval needs is not defined
 * @throws ScheduleConflictsException when scheduling or starting a change that conflicts with the schedule
 * @throws org.itilhis.ports.configuration.in.CiNotFoundException for a touched item not in the CMDB
 * @throws org.itilhis.ports.problem.in.ProblemNotFoundException for a linked problem the actor may not see
 * @throws org.itilhis.ports.servicedesk.in.TicketNotFoundException for a linked incident the actor may not see
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not do it
 * @throws org.itilhis.core.workflow.WorkflowException for a step the workflow does not allow now
 * @throws org.itilhis.core.shared.VersionConflictException if the change changed since {@code expectedVersion}
 * @throws org.itilhis.core.shared.DomainException for any other refused business rule (a vote by
 *         a non-member or a second vote, an approval in the past, a standard change outside its template)
 */
public interface ChangeUseCase {
    ChangeView raise(RaiseChange command);

    ChangeView handle(ChangeCommand command);
}
