package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** Repairs with the CMDB and the stock on H2. */
class H2RepairIT extends RepairBehaviour {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
