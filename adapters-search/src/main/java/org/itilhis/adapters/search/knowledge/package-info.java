/**
 * The knowledge base's search: {@link org.itilhis.adapters.search.knowledge.LuceneKnowledgeIndex}
 * implements {@link org.itilhis.ports.knowledge.out.KnowledgeIndex} for Chinese written without
 * spaces and for English.
 */
package org.itilhis.adapters.search.knowledge;
