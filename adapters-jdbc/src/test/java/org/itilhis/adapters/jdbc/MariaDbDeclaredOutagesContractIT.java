package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The declared outages' contract on the JDBC adapter over MariaDB. */
class MariaDbDeclaredOutagesContractIT extends DeclaredOutagesContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
