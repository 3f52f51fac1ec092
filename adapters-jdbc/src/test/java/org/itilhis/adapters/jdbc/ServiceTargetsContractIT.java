package org.itilhis.adapters.jdbc;

import org.itilhis.ports.availability.out.ServiceTargets;
import org.itilhis.ports.common.Transactions;
import org.itilhis.testkit.contract.ServiceTargetsContract;
import org.junit.jupiter.api.BeforeEach;

/** The test kit's {@link ServiceTargetsContract} on the JDBC adapter; a subclass names the database. */
abstract class ServiceTargetsContractIT extends DatabaseIT implements ServiceTargetsContract {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    @Override
    public Transactions transactions() {
        return storage.transactions();
    }

    @Override
    public ServiceTargets targets() {
        return storage.availability().targets();
    }
}
