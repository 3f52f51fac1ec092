package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.problem.out.ProblemRepository;
import org.itilhis.testkit.contract.ProblemRepositoryContract;

class InMemoryProblemRepositoryTest implements ProblemRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryProblemRepository problems = new InMemoryProblemRepository(transactions);

    @Override
    public ProblemRepository problems() {
        return problems;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
