package org.itilhis.core.roster;

import static org.itilhis.core.roster.SwapAction.APPROVE;
import static org.itilhis.core.roster.SwapAction.REJECT;
import static org.itilhis.core.roster.SwapAction.WITHDRAW;
import static org.itilhis.core.roster.SwapStatus.APPROVED;
import static org.itilhis.core.roster.SwapStatus.REJECTED;
import static org.itilhis.core.roster.SwapStatus.REQUESTED;
import static org.itilhis.core.roster.SwapStatus.WITHDRAWN;

import org.itilhis.core.workflow.Workflow;

/**
 * The lifecycle of a duty swap, declared as data:
 * <pre>
 * REQUESTED -approve-> APPROVED
 * REQUESTED -reject [reason]-> REJECTED
 * REQUESTED -withdraw-> WITHDRAWN
 * </pre>
 * Decisions: only the group lead approves or rejects, only the requester withdraws (checked by
 * the service: permissions and the request); the roster is changed when the swap is approved,
 * in the same transaction, and an approval that would give someone overlapping duties is
 * refused, the swap staying requested.
 */
public final class SwapWorkflows {
    public static final String REASON = "reason";

    public static final Workflow<SwapStatus, SwapAction, Swap> SWAP = Workflow.<SwapStatus, SwapAction, Swap>builder(
                    "swap", SwapStatus.class, SwapAction.class)
            .initial(REQUESTED)
            .terminal(APPROVED, REJECTED, WITHDRAWN)
            .field(REASON, "why, in the lead's words")
            .on(APPROVE).from(REQUESTED).to(APPROVED)
            .on(REJECT).from(REQUESTED).requires(REASON).to(REJECTED)
            .on(WITHDRAW).from(REQUESTED).to(WITHDRAWN)
            .build();

    private SwapWorkflows() {
    }
}
