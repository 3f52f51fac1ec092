package org.itilhis.adapters.jdbc.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/**
 * Monitoring's correlation stores (V38): the correlator's position, the items' observed states
 * and their periods, and the links between alerts and incidents.
 */
public final class JdbcCorrelationStores {
    private final JdbcCorrelatorPosition position;
    private final JdbcCiStates states;
    private final JdbcAlertIncidents incidents;

    public JdbcCorrelationStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.position = new JdbcCorrelatorPosition(parts);
        this.states = new JdbcCiStates(parts);
        this.incidents = new JdbcAlertIncidents(parts);
    }

    public JdbcCorrelatorPosition position() {
        return position;
    }

    public JdbcCiStates states() {
        return states;
    }

    public JdbcAlertIncidents incidents() {
        return incidents;
    }
}
