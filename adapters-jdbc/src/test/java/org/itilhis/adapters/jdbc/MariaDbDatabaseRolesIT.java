package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link DatabaseRolesBehaviour} on MariaDB. */
class MariaDbDatabaseRolesIT extends DatabaseRolesBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
