package org.itilhis.adapters.jdbc.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.core.knowledge.ArticleNumber;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.knowledge.out.ArticleNumberSequence;
import org.jdbi.v3.core.Handle;

/**
 * Article numbers as problem and ticket numbers are drawn ({@code JdbcProblemNumberSequence}, ADR
 * 0010): the value of {@code knowledge_article_number_seq} less the year's base in {@code
 * knowledge_article_number_year}, in one round trip, no lock taken; a value is never handed out
 * twice, a rolled-back writing leaves a gap. The first number of a year inserts the base, its own value less one; a racer
 * that inserted it first wins, and a value not above the winner's base is drawn again.
 */
public final class JdbcArticleNumberSequence implements ArticleNumberSequence {
    private static final String SEQUENCE = "knowledge_article_number_seq";
    private static final String BASE = "SELECT base FROM knowledge_article_number_year WHERE counter_year = :year";

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    public JdbcArticleNumberSequence(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
    }

    /** @throws StorageException if the sequence cannot be drawn from */
    @Override
    public ArticleNumber next(int year) {
        checkArgument(year >= 2000 && year <= 9999, "year %s out of range", year);
        long number = transactions.withHandle("taking an article number for " + year, h -> {
            Draw draw = h.createQuery(dialect.nextValue(SEQUENCE) + " AS drawn, (" + BASE + ") AS base")
                    .bind("year", year)
                    .map((row, context) -> new Draw(row.getLong("drawn"), row.getObject("base", Long.class)))
                    .one();
            long base = draw.base() != null ? draw.base() : firstOfYear(h, year, draw.drawn());
            long drawn = draw.drawn() > base ? draw.drawn() : h.createQuery(dialect.nextValue(SEQUENCE)).mapTo(Long.class).one();
            return drawn - base;
        });
        return ArticleNumber.of(year, number);
    }

    /** Inserts the year's base just below {@code drawn}, unless a racer did first; returns the base in force. */
    private long firstOfYear(Handle h, int year, long drawn) {
        dialect.inserted(() -> h.createUpdate(dialect.insertSkippingDuplicates(
                        "INSERT INTO knowledge_article_number_year (counter_year, base) VALUES (:year, :base)"))
                .bind("year", year)
                .bind("base", drawn - 1)
                .execute());
        return h.createQuery(BASE).bind("year", year).mapTo(Long.class).one();
    }

    /** A value drawn from the sequence and the year's base, null before the year's first number. */
    private record Draw(long drawn, Long base) {
    }
}
