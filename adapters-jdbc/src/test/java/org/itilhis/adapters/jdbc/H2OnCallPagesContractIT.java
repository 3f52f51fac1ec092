package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The on-call pages' contract on the JDBC adapter over H2. */
class H2OnCallPagesContractIT extends OnCallPagesContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
