package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The upgrade from the committed dumps on PostgreSQL. */
class PostgresqlUpgradeIT extends UpgradeBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
