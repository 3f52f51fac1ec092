package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.WorkloadFactsContract;
import org.itilhis.testkit.database.DatabaseServer;

/** The reporting practice's contract of the test kit, on the JDBC adapters over PostgreSQL. */
class PostgresqlReportingContractsIT extends ReportingContractIT implements WorkloadFactsContract {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
