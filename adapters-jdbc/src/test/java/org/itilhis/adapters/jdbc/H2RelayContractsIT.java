package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.PendingDeliveriesContract;
import org.itilhis.testkit.contract.RelayPositionsContract;
import org.itilhis.testkit.database.DatabaseServer;

/** The relay's store contracts of the test kit, and the relay on the JDBC event log, over H2. */
class H2RelayContractsIT extends RelayContractIT implements RelayPositionsContract, PendingDeliveriesContract {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
