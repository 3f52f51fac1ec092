package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicelevel.out.SlaConfigurationRepository;
import org.itilhis.testkit.contract.SlaConfigurationRepositoryContract;

/** The reference adapter passes the contract it defines the semantics of. */
class InMemorySlaConfigurationRepositoryTest implements SlaConfigurationRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemorySlaConfigurationRepository repository = new InMemorySlaConfigurationRepository(transactions);

    @Override
    public SlaConfigurationRepository slaConfiguration() {
        return repository;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
