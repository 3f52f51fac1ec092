package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.ReleaseNumberSequenceContract;
import org.itilhis.testkit.contract.ReleaseRepositoryContract;
import org.itilhis.testkit.database.DatabaseServer;

/** Release management's contracts of the test kit, on the JDBC adapters over MariaDB. */
class MariaDbReleaseContractsIT extends ReleaseContractIT implements ReleaseRepositoryContract,
        ReleaseNumberSequenceContract {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
