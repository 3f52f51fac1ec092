package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The availability targets' contract on the JDBC adapter over H2. */
class H2ServiceTargetsContractIT extends ServiceTargetsContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
