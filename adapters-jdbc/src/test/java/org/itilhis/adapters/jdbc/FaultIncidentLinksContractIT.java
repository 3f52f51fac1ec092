package org.itilhis.adapters.jdbc;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.configuration.out.FaultIncidentLinks;
import org.itilhis.testkit.contract.FaultIncidentLinksContract;
import org.junit.jupiter.api.BeforeEach;

/** The test kit's {@link FaultIncidentLinksContract} on the JDBC adapter; a subclass names the database. */
abstract class FaultIncidentLinksContractIT extends DatabaseIT implements FaultIncidentLinksContract {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    @Override
    public Transactions transactions() {
        return storage.transactions();
    }

    @Override
    public FaultIncidentLinks links() {
        return storage.cmdb().faultIncidentLinks();
    }
}
