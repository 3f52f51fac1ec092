package org.itilhis.adapters.mail.archfixture;

import org.itilhis.adapters.jdbc.archfixture.StandInJdbcAdapter;

/** Planted violation: the mail adapter reaching into the JDBC adapter. */
public final class JdbcAwareMailer {
    private final StandInJdbcAdapter other = new StandInJdbcAdapter();

    public Object other() {
        return other;
    }
}
