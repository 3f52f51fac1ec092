package org.itilhis.testkit.memory;

import org.itilhis.ports.knowledge.out.KnowledgeIndex;
import org.itilhis.testkit.contract.KnowledgeIndexContract;

class InMemoryKnowledgeIndexTest implements KnowledgeIndexContract {
    @Override
    public KnowledgeIndex emptyIndex() {
        return new InMemoryKnowledgeIndex();
    }
}
