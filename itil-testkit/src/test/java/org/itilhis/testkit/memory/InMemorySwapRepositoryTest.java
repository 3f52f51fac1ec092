package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.roster.out.SwapRepository;
import org.itilhis.testkit.contract.SwapRepositoryContract;

class InMemorySwapRepositoryTest implements SwapRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemorySwapRepository store = new InMemorySwapRepository(transactions);

    @Override
    public SwapRepository swaps() {
        return store;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
