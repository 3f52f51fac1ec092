package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.AlertLogContract;
import org.itilhis.testkit.contract.AlertMappingRepositoryContract;
import org.itilhis.testkit.contract.AlertRejectionLogContract;
import org.itilhis.testkit.contract.AlertSourceRepositoryContract;
import org.itilhis.testkit.database.DatabaseServer;

/** The monitoring stores' contracts of the test kit, and their events in the log, on the JDBC adapters over H2. */
class H2MonitoringContractsIT extends MonitoringContractIT implements AlertLogContract, AlertSourceRepositoryContract,
        AlertMappingRepositoryContract, AlertRejectionLogContract {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
