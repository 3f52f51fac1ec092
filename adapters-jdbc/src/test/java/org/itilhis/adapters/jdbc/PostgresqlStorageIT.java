package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link StorageBehaviour} on Postgresql. */
class PostgresqlStorageIT extends StorageBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
