package org.itilhis.testkit.memory;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.itilhis.ports.common.EventLog;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicedesk.out.ContactRepository;
import org.itilhis.ports.servicedesk.out.TicketRepository;
import org.itilhis.testkit.contract.TransactionsContract;

class InMemoryTransactionsTest implements TransactionsContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryTicketRepository tickets = new InMemoryTicketRepository(transactions);
    private final InMemoryContactRepository contacts = new InMemoryContactRepository(transactions);
    private final InMemoryEventLog events = new InMemoryEventLog(transactions);

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public TicketRepository tickets() {
        return tickets;
    }

    @Override
    public ContactRepository contacts() {
        return contacts;
    }

    @Override
    public EventLog events() {
        return events;
    }

    @Override
    public Optional<BooleanSupplier> activeOnThisThread() {
        return Optional.of(transactions::isActive);
    }
}
