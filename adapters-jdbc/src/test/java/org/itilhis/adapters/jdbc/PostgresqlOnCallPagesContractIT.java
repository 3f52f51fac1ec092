package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The on-call pages' contract on the JDBC adapter over PostgreSQL. */
class PostgresqlOnCallPagesContractIT extends OnCallPagesContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
