package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** The inspection rounds' contracts of the test kit, on the JDBC adapters over MariaDB. */
class MariaDbInspectionContractsIT extends InspectionContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
