package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** Change management's service on the JDBC stores over PostgreSQL. */
class PostgresqlChangeManagementIT extends ChangeManagementBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
