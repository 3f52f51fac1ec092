package org.itilhis.ports.operations.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.itilhis.core.inspection.InspectionRound;
import org.itilhis.core.inspection.RoundId;
import org.itilhis.core.inspection.RoundSnapshot;
import org.itilhis.core.inspection.RoundStanding;

/**
 * An inspection round as its reader sees it, with its results.
 *
 * @param standing where it stands when read: due, overdue, on time, late, missed
 */
public record RoundView(RoundSnapshot state, RoundStanding standing, long version) {
    public RoundView {
        checkNotNull(state, "state");
        checkNotNull(standing, "standing");
    }

    public static RoundView of(InspectionRound round, Instant now) {
        return new RoundView(round.snapshot(), RoundStanding.of(round, now), round.version());
    }

    public RoundId id() {
        return state.id();
    }
}
