/**
 * Driven ports of knowledge management: the {@link org.itilhis.ports.knowledge.out.KnowledgeIndex},
 * a full-text index of articles and known errors rebuilt from the stored records.
 */
package org.itilhis.ports.knowledge.out;
