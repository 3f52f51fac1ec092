package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** Monitoring's correlation stores against the test kit's contracts, over PostgreSQL. */
class PostgresqlCorrelationContractsIT extends CorrelationContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
