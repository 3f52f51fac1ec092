package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The machine room log's contract on the JDBC adapter over PostgreSQL. */
class PostgresqlMachineRoomLogContractIT extends MachineRoomLogContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
