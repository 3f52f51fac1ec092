package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The machine room log's contract on the JDBC adapter over MariaDB. */
class MariaDbMachineRoomLogContractIT extends MachineRoomLogContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
