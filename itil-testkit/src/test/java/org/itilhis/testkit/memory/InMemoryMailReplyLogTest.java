package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.notification.out.MailReplyLog;
import org.itilhis.testkit.contract.MailReplyLogContract;

/** The reference adapter passes the contract. */
class InMemoryMailReplyLogTest implements MailReplyLogContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryMailReplyLog replies = new InMemoryMailReplyLog(transactions);

    @Override
    public MailReplyLog replies() {
        return replies;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
