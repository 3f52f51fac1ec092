package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.knowledge.out.ArticleNumberSequence;
import org.itilhis.testkit.contract.ArticleNumberSequenceContract;

class InMemoryArticleNumberSequenceTest implements ArticleNumberSequenceContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryArticleNumberSequence numbers = new InMemoryArticleNumberSequence();

    @Override
    public ArticleNumberSequence articleNumbers() {
        return numbers;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
