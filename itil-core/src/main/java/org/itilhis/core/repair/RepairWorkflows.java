package org.itilhis.core.repair;

import static org.itilhis.core.repair.RepairAction.CANCEL;
import static org.itilhis.core.repair.RepairAction.CLOSE;
import static org.itilhis.core.repair.RepairAction.RECORD_COST;
import static org.itilhis.core.repair.RepairAction.RETURN_FROM_REPAIR;
import static org.itilhis.core.repair.RepairAction.SEND_TO_REPAIR;
import static org.itilhis.core.repair.RepairAction.USE_PARTS;
import static org.itilhis.core.repair.RepairStatus.CANCELLED;
import static org.itilhis.core.repair.RepairStatus.CLOSED;
import static org.itilhis.core.repair.RepairStatus.IN_REPAIR;
import static org.itilhis.core.repair.RepairStatus.OPENED;
import static org.itilhis.core.repair.RepairStatus.RETURNED;

import org.itilhis.core.workflow.Workflow;

/**
 * The lifecycle of a repair, declared as data:
 * <pre>
 * OPENED -send to repair-> IN_REPAIR -return from repair-> RETURNED -close-> CLOSED
 * OPENED -cancel [reason]-> CANCELLED
 * OPENED, IN_REPAIR or RETURNED -record cost / use parts-> (stays)
 * </pre>
 * Decisions:
 * <ul>
 *   <li>Sending and returning move the item through the CMDB's lifecycle (under repair, then in
 *       use) in the same transaction, by the service: a repair is in repair exactly while its
 *       item is under repair.</li>
 *   <li>A repair is cancelled only before it is sent: once the item went out it comes back
 *       (returned), even if unrepaired, so the CMDB and the downtime stay true.</li>
 *   <li>Costs and parts arrive late (the vendor's invoice), so they may be recorded until the
 *       repair is closed; a closed repair is the final record.</li>
 * </ul>
 */
public final class RepairWorkflows {
    public static final String REASON = "reason";

    public static final Workflow<RepairStatus, RepairAction, Repair> REPAIR =
            Workflow.<RepairStatus, RepairAction, Repair>builder("repair", RepairStatus.class, RepairAction.class)
                    .initial(OPENED)
                    .terminal(CLOSED, CANCELLED)
                    .field(REASON, "why the repair is cancelled")
                    .on(SEND_TO_REPAIR).from(OPENED).to(IN_REPAIR)
                    .on(RETURN_FROM_REPAIR).from(IN_REPAIR).to(RETURNED)
                    .on(CLOSE).from(RETURNED).to(CLOSED)
                    .on(CANCEL).from(OPENED).requires(REASON).to(CANCELLED)
                    .on(RECORD_COST).from(OPENED, IN_REPAIR, RETURNED).stay()
                    .on(USE_PARTS).from(OPENED, IN_REPAIR, RETURNED).stay()
                    .build();

    private RepairWorkflows() {
    }
}
