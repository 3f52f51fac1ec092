package org.itilhis.adapters.jdbc.availability;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/** Availability's registration in a JDBC storage: the declared outages and the targets, built from the shared parts. */
public final class JdbcAvailabilityStores {
    private final JdbcDeclaredOutages outages;
    private final JdbcServiceTargets targets;

    public JdbcAvailabilityStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.outages = new JdbcDeclaredOutages(parts.transactions(), parts.dialect(), parts.codec());
        this.targets = new JdbcServiceTargets(parts.transactions(), parts.dialect(), parts.codec());
    }

    public JdbcDeclaredOutages outages() {
        return outages;
    }

    public JdbcServiceTargets targets() {
        return targets;
    }
}
