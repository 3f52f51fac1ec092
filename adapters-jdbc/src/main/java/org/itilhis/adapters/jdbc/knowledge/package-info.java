/**
 * Knowledge management's JDBC stores: articles ({@link JdbcArticleRepository}) and article
 * numbers ({@link JdbcArticleNumberSequence}), registered by {@link JdbcKnowledgeStores}. The
 * knowledge index is not here: it is derived data kept beside the database ({@code adapters-search}).
 */
package org.itilhis.adapters.jdbc.knowledge;
