package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link StorageBehaviour} on MariaDb. */
class MariaDbStorageIT extends StorageBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
