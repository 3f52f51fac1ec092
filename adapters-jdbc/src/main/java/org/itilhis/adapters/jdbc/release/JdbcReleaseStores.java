package org.itilhis.adapters.jdbc.release;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/**
 * Release management's registration in a JDBC storage: its stores (releases, release numbers),
 * built from the parts every practice shares.
 */
public final class JdbcReleaseStores {
    private final JdbcReleaseRepository releases;
    private final JdbcReleaseNumberSequence numbers;

    public JdbcReleaseStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.releases = new JdbcReleaseRepository(parts.transactions(), parts.dialect(), parts.codec());
        this.numbers = new JdbcReleaseNumberSequence(parts.transactions(), parts.dialect());
    }

    public JdbcReleaseRepository releases() {
        return releases;
    }

    public JdbcReleaseNumberSequence numbers() {
        return numbers;
    }
}
