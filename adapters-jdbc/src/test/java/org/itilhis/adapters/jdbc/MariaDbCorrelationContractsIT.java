package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.database.DatabaseServer;

/** Monitoring's correlation stores against the test kit's contracts, over MariaDB. */
class MariaDbCorrelationContractsIT extends CorrelationContractIT {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
