package org.itilhis.ports.roster.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import org.itilhis.core.roster.Swap;
import org.itilhis.core.roster.SwapAction;
import org.itilhis.core.roster.SwapId;
import org.itilhis.core.roster.SwapSnapshot;
import org.itilhis.core.roster.SwapStatus;
import org.itilhis.core.roster.SwapWorkflows;

/** A duty swap as its reader sees it, with the steps its workflow allows now. */
public record SwapView(SwapSnapshot state, ImmutableSet<SwapAction> allowedActions, long version) {
    public SwapView {
        checkNotNull(state, "state");
        checkNotNull(allowedActions, "allowedActions");
    }

    public static SwapView of(Swap swap) {
        return new SwapView(swap.snapshot(), SwapWorkflows.SWAP.allowedActions(swap.status()), swap.version());
    }

    public SwapId id() {
        return state.id();
    }

    public SwapStatus status() {
        return state.status();
    }
}
