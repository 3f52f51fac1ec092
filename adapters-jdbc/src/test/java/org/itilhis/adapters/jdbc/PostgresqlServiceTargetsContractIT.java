package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The availability targets' contract on the JDBC adapter over PostgreSQL. */
class PostgresqlServiceTargetsContractIT extends ServiceTargetsContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
