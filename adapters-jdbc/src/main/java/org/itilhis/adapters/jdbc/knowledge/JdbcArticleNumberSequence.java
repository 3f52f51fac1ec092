package org.itilhis.adapters.jdbc.knowledge;

import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.YearlyNumbers;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.knowledge.out.ArticleNumberSequence;

/**
 * Article numbers as problem and ticket numbers are drawn (ADR 0010, {@link YearlyNumbers}):
 * the value of {@code knowledge_article_number_seq} less the year's base in {@code
 * knowledge_article_number_year}.
 */
public final class JdbcArticleNumberSequence implements ArticleNumberSequence {
    private final YearlyNumbers numbers;

    public JdbcArticleNumberSequence(JdbcTransactions transactions, Dialect dialect) {
        this.numbers = new YearlyNumbers(transactions, dialect, "knowledge_article_number_seq",
                "knowledge_article_number_year", "an article number");
    }

    /** @throws StorageException if the sequence cannot be drawn from */
    @Override
    public ArticleNumber next(int year) {
        return ArticleNumber.of(year, numbers.next(year));
    }
}
