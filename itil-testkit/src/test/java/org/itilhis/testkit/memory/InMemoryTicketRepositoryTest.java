package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicedesk.out.TicketRepository;
import org.itilhis.testkit.contract.TicketRepositoryContract;

class InMemoryTicketRepositoryTest implements TicketRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryTicketRepository tickets = new InMemoryTicketRepository(transactions);

    @Override
    public TicketRepository tickets() {
        return tickets;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
