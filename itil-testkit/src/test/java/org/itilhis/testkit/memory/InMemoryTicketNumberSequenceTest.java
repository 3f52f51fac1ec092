package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicedesk.out.TicketNumberSequence;
import org.itilhis.testkit.contract.TicketNumberSequenceContract;

class InMemoryTicketNumberSequenceTest implements TicketNumberSequenceContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryTicketNumberSequence numbers = new InMemoryTicketNumberSequence();

    @Override
    public TicketNumberSequence numbers() {
        return numbers;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
