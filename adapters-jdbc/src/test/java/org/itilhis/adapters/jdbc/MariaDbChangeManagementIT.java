package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** Change management's service on the JDBC stores over MariaDB. */
class MariaDbChangeManagementIT extends ChangeManagementBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
