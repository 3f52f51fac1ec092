package org.itilhis.adapters.jdbc.knowledge;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/**
 * Knowledge management's registration in a JDBC storage: its stores (articles, article numbers),
 * built from the parts every practice shares. Its third port, the knowledge index, lives beside
 * the database (adapters-search) and is rebuilt from these.
 */
public final class JdbcKnowledgeStores {
    private final JdbcArticleRepository articles;
    private final JdbcArticleNumberSequence numbers;

    public JdbcKnowledgeStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.articles = new JdbcArticleRepository(parts.transactions(), parts.dialect(), parts.codec());
        this.numbers = new JdbcArticleNumberSequence(parts.transactions(), parts.dialect());
    }

    public JdbcArticleRepository articles() {
        return articles;
    }

    public JdbcArticleNumberSequence numbers() {
        return numbers;
    }
}
