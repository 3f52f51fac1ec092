package org.itilhis.core.cmdb;

import org.itilhis.core.workflow.Workflow;

/**
 * A configuration item's lifecycle as data: ordered, in stock, in use, under repair,
 * retired, disposed. An item in use can go back to stock (a workstation freed by a move) or
 * to repair and back; retiring is possible from stock, use or repair (beyond economic
 * repair), and disposing only after retiring, with the way it was disposed of recorded.
 */
public final class CiLifecycle {
    /** Where the item was installed when deployed. */
    public static final String LOCATION = "location";
    /** Why an item is sent to repair or retired. */
    public static final String REASON = "reason";
    /** How an item was disposed of: scrapped, returned to the vendor, sold, donated. */
    public static final String DISPOSAL = "disposal";

    /** The lifecycle; the context of its checks is the item. */
    public static final Workflow<CiStatus, CiAction, Object> WORKFLOW =
            Workflow.<CiStatus, CiAction, Object>builder("configuration-item", CiStatus.class, CiAction.class)
                    .initial(CiStatus.ORDERED)
                    .terminal(CiStatus.DISPOSED)
                    .field(LOCATION, "where the item is installed")
                    .field(REASON, "why it is repaired or retired")
                    .field(DISPOSAL, "how it was disposed of")
                    .on(CiAction.RECEIVE).from(CiStatus.ORDERED).to(CiStatus.IN_STOCK)
                    .on(CiAction.DEPLOY).from(CiStatus.IN_STOCK).requires(LOCATION).to(CiStatus.IN_USE)
                    .on(CiAction.WITHDRAW).from(CiStatus.IN_USE).requires(REASON).to(CiStatus.IN_STOCK)
                    .on(CiAction.SEND_TO_REPAIR).from(CiStatus.IN_USE, CiStatus.IN_STOCK).requires(REASON)
                    .to(CiStatus.UNDER_REPAIR)
                    .on(CiAction.RETURN_FROM_REPAIR).from(CiStatus.UNDER_REPAIR).to(CiStatus.IN_USE)
                    .on(CiAction.RETIRE).from(CiStatus.IN_STOCK, CiStatus.IN_USE, CiStatus.UNDER_REPAIR)
                    .requires(REASON).to(CiStatus.RETIRED)
                    .on(CiAction.DISPOSE).from(CiStatus.RETIRED).requires(DISPOSAL).to(CiStatus.DISPOSED)
                    .build();

    private CiLifecycle() {
    }
}
