package org.itilhis.adapters.jdbc.reporting;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/**
 * The reporting practice's registration in a JDBC storage: the workload facts, built from the
 * parts every practice shares.
 */
public final class JdbcReportingStores {
    private final JdbcWorkloadFacts workload;

    public JdbcReportingStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.workload = new JdbcWorkloadFacts(parts.transactions(), parts.dialect());
    }

    public JdbcWorkloadFacts workload() {
        return workload;
    }
}
