package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.release.out.ReleaseNumberSequence;
import org.itilhis.testkit.contract.ReleaseNumberSequenceContract;

class InMemoryReleaseNumberSequenceTest implements ReleaseNumberSequenceContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryReleaseNumberSequence numbers = new InMemoryReleaseNumberSequence();

    @Override
    public ReleaseNumberSequence numbers() {
        return numbers;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
