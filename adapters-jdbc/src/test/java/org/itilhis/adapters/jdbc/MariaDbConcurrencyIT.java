package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** {@link ConcurrencyBehaviour} on MariaDb. */
class MariaDbConcurrencyIT extends ConcurrencyBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
