package org.itilhis.adapters.jdbc.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/** Monitoring's registration in a JDBC storage: the alert log, the sources, the mapping rules and the rejections. */
public final class JdbcMonitoringStores {
    private final JdbcAlertLog alerts;
    private final JdbcAlertSources sources;
    private final JdbcAlertMappings mappings;
    private final JdbcAlertRejections rejections;

    public JdbcMonitoringStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.alerts = new JdbcAlertLog(parts);
        this.sources = new JdbcAlertSources(parts);
        this.mappings = new JdbcAlertMappings(parts);
        this.rejections = new JdbcAlertRejections(parts);
    }

    public JdbcAlertLog alerts() {
        return alerts;
    }

    public JdbcAlertSources sources() {
        return sources;
    }

    public JdbcAlertMappings mappings() {
        return mappings;
    }

    public JdbcAlertRejections rejections() {
        return rejections;
    }
}
