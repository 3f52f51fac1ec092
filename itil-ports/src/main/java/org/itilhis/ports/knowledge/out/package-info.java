/**
 * Driven ports of knowledge management: the {@link org.itilhis.ports.knowledge.out.ArticleRepository},
 * the {@link org.itilhis.ports.knowledge.out.ArticleNumberSequence} and the
 * {@link org.itilhis.ports.knowledge.out.KnowledgeIndex}, a full-text index of articles and known
 * errors rebuilt from the stored records. Adapters prove themselves with the test kit's contracts.
 */
package org.itilhis.ports.knowledge.out;
