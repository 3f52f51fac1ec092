package org.itilhis.adapters.search.knowledge;

import org.itilhis.ports.knowledge.out.KnowledgeIndex;
import org.itilhis.testkit.contract.KnowledgeIndexContract;
import org.junit.jupiter.api.AfterEach;

/** The knowledge index contract on Lucene, in memory. */
class LuceneKnowledgeIndexContractTest implements KnowledgeIndexContract {
    private LuceneKnowledgeIndex index;

    @Override
    public KnowledgeIndex emptyIndex() {
        index = LuceneKnowledgeIndex.inMemory();
        return index;
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
    }
}
