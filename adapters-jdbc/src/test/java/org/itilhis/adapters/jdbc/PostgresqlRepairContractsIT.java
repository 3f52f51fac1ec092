package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.RepairRepositoryContract;
import org.itilhis.testkit.database.DatabaseServer;

/** The repairs' contract of the test kit, on the JDBC adapter over PostgreSQL. */
class PostgresqlRepairContractsIT extends RepairContractIT implements RepairRepositoryContract {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.POSTGRESQL;
    }
}
