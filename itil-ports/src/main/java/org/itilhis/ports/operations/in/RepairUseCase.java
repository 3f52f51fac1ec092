package org.itilhis.ports.operations.in;

/**
 * Recording repairs and maintenance: opening a repair, then each step of its lifecycle. One
 * command is one transaction: the repair's events, the item's CMDB lifecycle step (sending,
 * returning) and the parts issued from the spare parts ledger are stored together or not at all.
 */
public interface RepairUseCase {
    /**
     * @throws org.itilhis.ports.configuration.in.CiNotFoundException       if the item is not in the CMDB
     * @throws org.itilhis.ports.servicedesk.in.TicketNotFoundException     if the linked incident does not exist
     * @throws org.itilhis.ports.problem.in.ProblemNotFoundException        if the linked problem does not exist
     * @throws org.itilhis.core.repair.RepairTimeInFutureException          if the downtime starts after now
     * @throws org.itilhis.core.access.NotPermittedException                without {@code RECORD_REPAIR}
     */
    RepairView open(OpenRepair command);

    /**
     * @throws RepairNotFoundException                                   if absent or not visible
     * @throws org.itilhis.core.workflow.IllegalTransitionException      naming the steps allowed now
     * @throws org.itilhis.core.shared.VersionConflictException          if the repair changed since expectedVersion
     * @throws org.itilhis.core.repair.DowntimeEndsBeforeStartException  on a return ending the downtime early
     * @throws org.itilhis.core.repair.RepairTimeInFutureException       on a return ending the downtime after now
     * @throws org.itilhis.core.stock.InsufficientStockException         on parts beyond the store room's stock
     */
    RepairView handle(RepairCommand command);
}
