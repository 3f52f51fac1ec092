package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link ClusterTimersBehaviour} on Postgresql. */
class PostgresqlClusterTimersIT extends ClusterTimersBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
