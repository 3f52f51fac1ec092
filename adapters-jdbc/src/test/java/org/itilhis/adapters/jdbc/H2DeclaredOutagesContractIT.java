package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The declared outages' contract on the JDBC adapter over H2. */
class H2DeclaredOutagesContractIT extends DeclaredOutagesContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
