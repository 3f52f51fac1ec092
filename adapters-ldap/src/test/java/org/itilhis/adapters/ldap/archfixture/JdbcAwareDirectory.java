package org.itilhis.adapters.ldap.archfixture;

import org.itilhis.adapters.jdbc.archfixture.StandInJdbcAdapter;

/** Planted violation: the LDAP adapter reaching into the JDBC adapter. */
public final class JdbcAwareDirectory {
    private final StandInJdbcAdapter other = new StandInJdbcAdapter();

    public Object other() {
        return other;
    }
}
