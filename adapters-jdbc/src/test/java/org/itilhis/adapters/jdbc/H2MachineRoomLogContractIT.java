package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The machine room log's contract on the JDBC adapter over H2. */
class H2MachineRoomLogContractIT extends MachineRoomLogContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
