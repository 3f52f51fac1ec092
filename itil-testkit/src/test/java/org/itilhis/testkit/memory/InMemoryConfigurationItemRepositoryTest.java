package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;
import org.itilhis.testkit.contract.ConfigurationItemRepositoryContract;

/** The reference adapter passes the contract it defines the semantics of. */
class InMemoryConfigurationItemRepositoryTest implements ConfigurationItemRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryConfigurationItemRepository items = new InMemoryConfigurationItemRepository(transactions);

    @Override
    public ConfigurationItemRepository items() {
        return items;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
