package org.itilhis.adapters.rest.archfixture;

import org.itilhis.adapters.jdbc.archfixture.StandInJdbcAdapter;

/** Planted violation: one adapter reaching into the other. */
public final class JdbcAwareAdapter {
    private final StandInJdbcAdapter other = new StandInJdbcAdapter();

    public Object other() {
        return other;
    }
}
