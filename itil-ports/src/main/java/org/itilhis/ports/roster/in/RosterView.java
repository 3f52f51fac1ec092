package org.itilhis.ports.roster.in;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.itilhis.core.roster.Roster;
import org.itilhis.core.roster.RosterId;
import org.itilhis.core.roster.RosterImbalance;
import org.itilhis.core.roster.RosterSnapshot;

/**
 * A roster as its reader sees it: its duties in roster order and, per quarter and per count
 * (nights, holidays), its imbalance.
 *
 * @param version the optimistic-locking version, for {@code expectedVersion}
 */
public record RosterView(RosterSnapshot state, ImmutableList<RosterImbalance> imbalance, long version) {
    public RosterView {
        checkNotNull(state, "state");
        checkNotNull(imbalance, "imbalance");
    }

    public static RosterView of(Roster roster) {
        return new RosterView(roster.snapshot(), roster.imbalance(), roster.version());
    }

    public RosterId id() {
        return state.id();
    }

    /** Whether no quarter and count has a spread above one. */
    public boolean fair() {
        return imbalance.stream().allMatch(RosterImbalance::fair);
    }
}
