package org.itilhis.testkit.memory;

import org.itilhis.ports.common.IdempotencyStore;
import org.itilhis.ports.common.Transactions;
import org.itilhis.testkit.contract.IdempotencyStoreContract;

/** The reference adapter passes the contract it defines the semantics of. */
class InMemoryIdempotencyStoreTest implements IdempotencyStoreContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(transactions);

    @Override
    public IdempotencyStore idempotency() {
        return store;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
