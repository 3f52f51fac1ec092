package org.itilhis.ports.release.in;

/**
 * Working releases: planning one and every later step of its lifecycle, as one entry point over
 * the sealed {@link ReleaseCommand} family. Each command is validated, authorised, applied to
 * the release and saved with its events in one transaction, together with what it does to the
 * CMDB (a deployment's or a rollback's software versions, through the CMDB's own command); a
 * refused command changes nothing (neither the release, nor the CMDB, nor the event log).
 *
 * @throws org.itilhis.ports.common.InvalidCommandException for a command that breaks its constraints
 * @throws ReleaseNotFoundException for an unknown release, or one the actor may not see
 * @throws org.itilhis.ports.change.in.ChangeNotFoundException for a change to bundle that does not exist
 * @throws org.itilhis.ports.configuration.in.CiNotFoundException for an item to deploy to that is not in the CMDB
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not do it
 * @throws org.itilhis.core.workflow.WorkflowException for a step the workflow does not allow now
 * @throws org.itilhis.core.shared.VersionConflictException if the release changed since {@code expectedVersion}
 * @throws org.itilhis.core.shared.DomainException for any other refused business rule (an
 *         unapproved change at the hospital-wide go, an unfinished one at closing, a stage out of order)
 */
public interface ReleaseUseCase {
    ReleaseView plan(PlanRelease command);

    ReleaseView handle(ReleaseCommand command);
}
