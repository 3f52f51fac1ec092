package org.itilhis.ports.roster.in;

import org.itilhis.core.roster.GroupShifts;

/**
 * Working the duty roster: a group's shifts, its rosters (generated, then edited), duty swaps
 * and shift handovers. Each command is validated, authorised in the scope of the group, applied
 * and saved with its events in one transaction; a refused command changes nothing.
 *
 * @throws org.itilhis.ports.common.InvalidCommandException for a command that breaks its constraints
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not do it
 * @throws RosterNotFoundException for an unknown roster, or one the actor may not see
 * @throws SwapNotFoundException for an unknown swap, or one the actor may not see
 * @throws HandoverNotFoundException for an unknown handover, or one the actor may not see
 * @throws ShiftsNotFoundException for a roster of a group without shifts
 * @throws org.itilhis.core.roster.InvalidShiftException for an ill-formed shift set
 * @throws org.itilhis.core.roster.OverlappingDutiesException for a duty overlapping another of the same engineer
 * @throws org.itilhis.core.roster.NotInGroupException for an engineer not in the roster's group
 * @throws org.itilhis.core.workflow.WorkflowException for a swap step its workflow does not allow now
 * @throws org.itilhis.core.shared.VersionConflictException if the record changed since {@code expectedVersion}
 * @throws org.itilhis.core.shared.DomainException for any other refused rule
 */
public interface RosterUseCase {
    GroupShifts defineShifts(RosterCommand.DefineShifts command);

    /** @throws RosterPeriodTakenException if the group has a roster overlapping the period */
    RosterView generate(RosterCommand.GenerateRoster command);

    RosterView assign(RosterCommand.AssignDuty command);

    RosterView remove(RosterCommand.RemoveDuty command);

    RosterView replace(RosterCommand.ReplaceDuty command);

    SwapView requestSwap(RosterCommand.RequestSwap command);

    /** Approves the swap and changes the roster, both or neither. */
    SwapView approveSwap(RosterCommand.ApproveSwap command);

    SwapView rejectSwap(RosterCommand.RejectSwap command);

    SwapView withdrawSwap(RosterCommand.WithdrawSwap command);

    HandoverView writeHandover(RosterCommand.WriteHandover command);

    HandoverView signHandover(RosterCommand.SignHandover command);
}
