package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.problem.out.ProblemNumberSequence;
import org.itilhis.testkit.contract.ProblemNumberSequenceContract;

class InMemoryProblemNumberSequenceTest implements ProblemNumberSequenceContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryProblemNumberSequence numbers = new InMemoryProblemNumberSequence();

    @Override
    public ProblemNumberSequence numbers() {
        return numbers;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
