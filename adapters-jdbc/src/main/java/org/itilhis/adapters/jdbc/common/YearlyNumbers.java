package org.itilhis.adapters.jdbc.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.common.StorageException;
import org.jdbi.v3.core.Handle;

/**
 * Numbers counted from 1 in each year, drawn as ticket numbers are (ADR 0010): the value of a
 * database sequence less the year's base in a table of years ({@code counter_year}, {@code
 * base}), in one round trip, no lock taken; a value is never handed out twice, a rolled-back
 * transaction leaves a gap. The first number of a year inserts the base, its own value less
 * one; a racer that inserted it first wins, and a value not above the winner's base is drawn
 * again. Problem and article numbers are drawn this way; each record names its sequence and
 * its table.
 */
public final class YearlyNumbers {
    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final String sequence;
    private final String years;
    private final String what;
    private final String base;

    /**
     * @param sequence the database sequence drawn from
     * @param years    the table of each year's base
     * @param what     what a number is of, for the storage error ({@code "a problem number"})
     */
    public YearlyNumbers(JdbcTransactions transactions, Dialect dialect, String sequence, String years, String what) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.sequence = checkNotNull(sequence, "sequence");
        this.years = checkNotNull(years, "years");
        this.what = checkNotNull(what, "what");
        this.base = "SELECT base FROM " + years + " WHERE counter_year = :year";
    }

    /**
     * The next number of {@code year}, from 1.
     *
     * @throws StorageException if the sequence cannot be drawn from
     */
    public long next(int year) {
        checkArgument(year >= 2000 && year <= 9999, "year %s out of range", year);
        return transactions.withHandle("taking " + what + " for " + year, h -> {
            Draw draw = h.createQuery(dialect.nextValue(sequence) + " AS drawn, (" + base + ") AS base")
                    .bind("year", year)
                    .map((row, context) -> new Draw(row.getLong("drawn"), row.getObject("base", Long.class)))
                    .one();
            long yearBase = draw.base() != null ? draw.base() : firstOfYear(h, year, draw.drawn());
            long drawn = draw.drawn() > yearBase ? draw.drawn()
                    : h.createQuery(dialect.nextValue(sequence)).mapTo(Long.class).one();
            return drawn - yearBase;
        });
    }

    /** Inserts the year's base just below {@code drawn}, unless a racer did first; returns the base in force. */
    private long firstOfYear(Handle h, int year, long drawn) {
        dialect.inserted(() -> h.createUpdate(dialect.insertSkippingDuplicates(
                        "INSERT INTO " + years + " (counter_year, base) VALUES (:year, :base)"))
                .bind("year", year)
                .bind("base", drawn - 1)
                .execute());
        return h.createQuery(base).bind("year", year).mapTo(Long.class).one();
    }

    /** A value drawn from the sequence and the year's base, null before the year's first number. */
    private record Draw(long drawn, Long base) {
    }
}
