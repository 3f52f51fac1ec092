/**
 * Knowledge management: an {@link org.itilhis.core.knowledge.Article} is a solution written for
 * the desk, engineers or all staff ({@link org.itilhis.core.knowledge.KnowledgeAudience}), in
 * Simplified Chinese and/or English, with versions that are drafted, reviewed by someone other
 * than their authors, published and superseded, and retired with the article. The lifecycle of a
 * version is the data of {@link org.itilhis.core.knowledge.ArticleWorkflows}; every change is an
 * {@link org.itilhis.core.knowledge.ArticleEvent} from which the article can be rebuilt, and each
 * use of a published version to solve a call or a ticket is counted.
 */
package org.itilhis.core.knowledge;
