package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The availability targets' contract on the JDBC adapter over MariaDB. */
class MariaDbServiceTargetsContractIT extends ServiceTargetsContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
