package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The inspection rounds' contracts of the test kit, on the JDBC adapters over H2. */
class H2InspectionContractsIT extends InspectionContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
