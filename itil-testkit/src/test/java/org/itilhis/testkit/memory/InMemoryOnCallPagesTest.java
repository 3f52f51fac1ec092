package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicedesk.out.OnCallPages;
import org.itilhis.testkit.contract.OnCallPagesContract;

/** The reference adapter passes the contract it defines the semantics of. */
class InMemoryOnCallPagesTest implements OnCallPagesContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryOnCallPages pages = new InMemoryOnCallPages(transactions);

    @Override
    public OnCallPages onCallPages() {
        return pages;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
