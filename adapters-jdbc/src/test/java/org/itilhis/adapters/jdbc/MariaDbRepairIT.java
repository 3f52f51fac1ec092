package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** Repairs with the CMDB and the stock on MariaDB. */
class MariaDbRepairIT extends RepairBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
