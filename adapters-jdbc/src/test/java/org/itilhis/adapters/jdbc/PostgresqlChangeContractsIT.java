package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.ChangeConfigurationContract;
import org.itilhis.testkit.contract.ChangeNumberSequenceContract;
import org.itilhis.testkit.contract.ChangeRepositoryContract;
import org.itilhis.testkit.database.DatabaseServer;

/** Change management's contracts of the test kit, on the JDBC adapters over PostgreSQL. */
class PostgresqlChangeContractsIT extends ChangeContractIT implements ChangeRepositoryContract,
        ChangeNumberSequenceContract, ChangeConfigurationContract {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
