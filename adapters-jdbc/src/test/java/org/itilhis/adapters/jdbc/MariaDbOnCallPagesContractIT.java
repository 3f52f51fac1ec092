package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The on-call pages' contract on the JDBC adapter over MariaDB. */
class MariaDbOnCallPagesContractIT extends OnCallPagesContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
