package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link DatabaseRolesBehaviour} on Postgresql. */
class PostgresqlDatabaseRolesIT extends DatabaseRolesBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
