package org.itilhis.adapters.jdbc.roster;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/**
 * The duty roster's registration in a JDBC storage: its stores (the groups' shift sets, rosters
 * with their duties, duty swaps and shift handovers), built from the parts every practice shares.
 */
public final class JdbcRosterStores {
    private final JdbcShiftSets shifts;
    private final JdbcRosterRepository rosters;
    private final JdbcSwapRepository swaps;
    private final JdbcHandoverRepository handovers;

    public JdbcRosterStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.shifts = new JdbcShiftSets(parts.transactions(), parts.dialect(), parts.codec());
        this.rosters = new JdbcRosterRepository(parts.transactions(), parts.dialect(), parts.codec());
        this.swaps = new JdbcSwapRepository(parts.transactions(), parts.dialect(), parts.codec());
        this.handovers = new JdbcHandoverRepository(parts.transactions(), parts.dialect(), parts.codec());
    }

    public JdbcShiftSets shifts() {
        return shifts;
    }

    public JdbcRosterRepository rosters() {
        return rosters;
    }

    public JdbcSwapRepository swaps() {
        return swaps;
    }

    public JdbcHandoverRepository handovers() {
        return handovers;
    }
}
