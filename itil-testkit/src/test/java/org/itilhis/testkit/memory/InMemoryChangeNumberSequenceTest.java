package org.itilhis.testkit.memory;

import org.itilhis.ports.change.out.ChangeNumberSequence;
import org.itilhis.ports.common.Transactions;
import org.itilhis.testkit.contract.ChangeNumberSequenceContract;

class InMemoryChangeNumberSequenceTest implements ChangeNumberSequenceContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryChangeNumberSequence numbers = new InMemoryChangeNumberSequence();

    @Override
    public ChangeNumberSequence numbers() {
        return numbers;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
