package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** Repairs with the CMDB and the stock on PostgreSQL. */
class PostgresqlRepairIT extends RepairBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
