package org.itilhis.adapters.jdbc;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.notification.out.MailReplyLog;
import org.itilhis.testkit.contract.MailReplyLogContract;
import org.junit.jupiter.api.BeforeEach;

/** The test kit's {@link MailReplyLogContract} on the JDBC adapter; a subclass names the database. */
abstract class MailReplyLogContractIT extends DatabaseIT implements MailReplyLogContract {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    @Override
    public Transactions transactions() {
        return storage.transactions();
    }

    @Override
    public MailReplyLog replies() {
        return storage.mail().replies();
    }
}
