package org.itilhis.adapters.webhooks.archfixture;

import org.itilhis.adapters.jdbc.archfixture.StandInJdbcAdapter;

/** Planted violation: the webhooks adapter reaching into the JDBC adapter. */
public final class JdbcAwareSender {
    private final StandInJdbcAdapter other = new StandInJdbcAdapter();

    public Object other() {
        return other;
    }
}
