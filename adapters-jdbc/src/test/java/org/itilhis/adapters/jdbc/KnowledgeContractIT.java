package org.itilhis.adapters.jdbc;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.knowledge.out.ArticleNumberSequence;
import org.itilhis.ports.knowledge.out.ArticleRepository;
import org.junit.jupiter.api.BeforeEach;

/** As {@link ProblemContractIT}, for knowledge management's contracts. */
abstract class KnowledgeContractIT extends DatabaseIT {
    @BeforeEach
    void emptyTables() {
        db.emptyTables();
    }

    public Transactions transactions() {
        return storage.transactions();
    }

    public ArticleRepository articles() {
        return storage.knowledge().articles();
    }

    public ArticleNumberSequence articleNumbers() {
        return storage.knowledge().numbers();
    }
}
