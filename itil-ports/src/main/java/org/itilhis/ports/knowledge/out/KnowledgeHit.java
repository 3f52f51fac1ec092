package org.itilhis.ports.knowledge.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One document found by a search, with its score: higher is better within one search.
 *
 * @param id the document's id
 * @param kind an article or a known error
 * @param score the relevance, positive
 */
public record KnowledgeHit(String id, KnowledgeDocument.Kind kind, double score) {
    public KnowledgeHit {
        checkNotNull(id, "id");
        checkNotNull(kind, "kind");
        checkArgument(score > 0, "score %s is not positive", score);
    }
}
