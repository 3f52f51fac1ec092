package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link ClusterTimersBehaviour} on MariaDb. */
class MariaDbClusterTimersIT extends ClusterTimersBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
