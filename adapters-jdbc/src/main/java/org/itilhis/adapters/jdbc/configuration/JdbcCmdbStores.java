package org.itilhis.adapters.jdbc.configuration;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/**
 * The CMDB's registration in a JDBC storage: its stores (configuration items, the links of
 * tickets to affected items, the incidents standing for faults found on items), built from the parts every practice shares.
 */
public final class JdbcCmdbStores {
    private final JdbcConfigurationItemRepository items;
    private final JdbcAffectedCiLinks affectedCiLinks;
    private final JdbcFaultIncidentLinks faultIncidentLinks;

    public JdbcCmdbStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.items = new JdbcConfigurationItemRepository(parts.transactions(), parts.dialect(), parts.codec());
        this.affectedCiLinks = new JdbcAffectedCiLinks(parts.transactions(), parts.dialect());
        this.faultIncidentLinks = new JdbcFaultIncidentLinks(parts.transactions(), parts.dialect());
    }

    public JdbcConfigurationItemRepository items() {
        return items;
    }

    public JdbcAffectedCiLinks affectedCiLinks() {
        return affectedCiLinks;
    }

    public JdbcFaultIncidentLinks faultIncidentLinks() {
        return faultIncidentLinks;
    }
}
