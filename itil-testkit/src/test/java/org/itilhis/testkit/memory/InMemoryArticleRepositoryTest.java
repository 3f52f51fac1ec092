package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.knowledge.out.ArticleRepository;
import org.itilhis.testkit.contract.ArticleRepositoryContract;

class InMemoryArticleRepositoryTest implements ArticleRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryArticleRepository articles = new InMemoryArticleRepository(transactions);

    @Override
    public ArticleRepository articles() {
        return articles;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
