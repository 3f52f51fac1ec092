package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The upgrade from the committed dumps on MariaDB. */
class MariaDbUpgradeIT extends UpgradeBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
