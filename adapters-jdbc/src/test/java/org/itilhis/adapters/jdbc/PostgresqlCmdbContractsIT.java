package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.AffectedCiLinksContract;
import org.itilhis.testkit.contract.ConfigurationItemRepositoryContract;
import org.itilhis.testkit.database.DatabaseServer;

/** The CMDB's contracts of the test kit, on the JDBC adapters over Postgresql. */
class PostgresqlCmdbContractsIT extends ContractIT implements ConfigurationItemRepositoryContract, AffectedCiLinksContract {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
