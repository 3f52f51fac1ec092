package org.itilhis.adapters.jdbc.servicelevel;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/**
 * Service level management's registration in a JDBC storage: its stores (the SLA
 * configuration and calendars, the watch list, the report's standings, the escalation log),
 * built from the parts every practice shares.
 */
public final class JdbcServiceLevelStores {
    private final JdbcSlaConfigurationRepository configuration;
    private final JdbcSlaWatchList watches;
    private final JdbcSlaStandings standings;
    private final JdbcEscalationLog escalations;

    public JdbcServiceLevelStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.configuration = new JdbcSlaConfigurationRepository(parts.transactions(), parts.dialect(), parts.codec());
        this.watches = new JdbcSlaWatchList(parts.transactions(), parts.dialect(), parts.codec());
        this.standings = new JdbcSlaStandings(parts.transactions(), parts.dialect());
        this.escalations = new JdbcEscalationLog(parts.transactions(), parts.dialect());
    }

    public JdbcSlaConfigurationRepository configuration() {
        return configuration;
    }

    public JdbcSlaWatchList watches() {
        return watches;
    }

    public JdbcSlaStandings standings() {
        return standings;
    }

    public JdbcEscalationLog escalations() {
        return escalations;
    }
}
