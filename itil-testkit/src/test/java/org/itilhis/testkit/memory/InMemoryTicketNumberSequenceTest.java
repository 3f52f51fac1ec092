package org.itilhis.testkit.memory;

import org.itilhis.ports.out.TicketNumberSequence;
import org.itilhis.ports.out.Transactions;
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
