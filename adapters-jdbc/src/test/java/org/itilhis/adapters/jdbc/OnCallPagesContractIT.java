package org.itilhis.adapters.jdbc;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicedesk.out.OnCallPages;
import org.itilhis.testkit.contract.OnCallPagesContract;
import org.junit.jupiter.api.BeforeEach;

/** The test kit's {@link OnCallPagesContract} on the JDBC adapter; a subclass names the database. */
abstract class OnCallPagesContractIT extends DatabaseIT implements OnCallPagesContract {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    @Override
    public Transactions transactions() {
        return storage.transactions();
    }

    @Override
    public OnCallPages onCallPages() {
        return storage.serviceDesk().onCallPages();
    }
}
