package org.itilhis.ports.roster.in;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.roster.Handover;
import org.itilhis.core.roster.HandoverId;
import org.itilhis.core.roster.HandoverSnapshot;

/**
 * A shift handover as its reader sees it.
 *
 * @param overdue whether, when read, it is not signed by both though the grace period after the change of shift has passed
 */
public record HandoverView(HandoverSnapshot state, boolean signedByBoth, boolean overdue, long version) {
    public HandoverView {
        checkNotNull(state, "state");
    }

    public static HandoverView of(Handover handover, boolean overdue) {
        return new HandoverView(handover.snapshot(), handover.signedByBoth(), overdue, handover.version());
    }

    public HandoverId id() {
        return state.id();
    }
}
