package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.HandoverRepositoryContract;
import org.itilhis.testkit.contract.RosterRepositoryContract;
import org.itilhis.testkit.contract.ShiftSetsContract;
import org.itilhis.testkit.contract.SwapRepositoryContract;
import org.itilhis.testkit.database.DatabaseServer;

/** The duty roster's contracts of the test kit, on the JDBC adapters over H2. */
class H2RosterContractsIT extends RosterContractIT implements ShiftSetsContract, RosterRepositoryContract,
        SwapRepositoryContract, HandoverRepositoryContract {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.H2;
    }
}
