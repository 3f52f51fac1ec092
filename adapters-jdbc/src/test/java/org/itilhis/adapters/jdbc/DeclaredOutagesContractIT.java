package org.itilhis.adapters.jdbc;

import org.itilhis.ports.availability.out.DeclaredOutages;
import org.itilhis.ports.common.Transactions;
import org.itilhis.testkit.contract.DeclaredOutagesContract;
import org.junit.jupiter.api.BeforeEach;

/** The test kit's {@link DeclaredOutagesContract} on the JDBC adapter; a subclass names the database. */
abstract class DeclaredOutagesContractIT extends DatabaseIT implements DeclaredOutagesContract {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    @Override
    public Transactions transactions() {
        return storage.transactions();
    }

    @Override
    public DeclaredOutages outages() {
        return storage.availability().outages();
    }
}
