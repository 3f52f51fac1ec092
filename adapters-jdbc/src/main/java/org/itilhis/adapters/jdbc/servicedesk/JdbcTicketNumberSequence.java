package org.itilhis.adapters.jdbc.servicedesk;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.servicedesk.out.TicketNumberSequence;
import org.jdbi.v3.core.Handle;

/**
 * Ticket numbers from a database sequence per prefix ({@code ticket_number_inc_seq}, ...) less
 * the base of the prefix and year in {@code ticket_number_year} (ADR 0010): one round trip
 * draws the value and reads the base, no lock is taken and none held to commit, so raises on
 * any number of nodes never wait for each other, and no connection but the caller's is used.
 * A value is never handed out twice (sequences are not rolled back), so numbers never repeat;
 * a rolled-back raise leaves a gap.
 *
 * <p>The first raise of a year inserts the base, its own value less one (its number is 1); a
 * racer that inserts it first wins, and a raise whose value is not above the winner's base
 * (drawn before the winner's) draws once more, which is then above it. Each new ticket type
 * needs its sequence in a migration.
 */
public final class JdbcTicketNumberSequence implements TicketNumberSequence {
    private final JdbcTransactions transactions;
    private final Dialect dialect;

    public JdbcTicketNumberSequence(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
    }

    /** @throws StorageException if the sequence cannot be drawn from */
    @Override
    public TicketNumber next(TicketType type, int year) {
        checkNotNull(type, "type");
        checkArgument(year >= 2000 && year <= 9999, "year %s out of range", year);
        String prefix = type.prefix();
        String sequence = "ticket_number_" + prefix.toLowerCase(Locale.ROOT) + "_seq";
        long number = transactions.withHandle("taking a ticket number for " + prefix + " " + year, h -> {
            Draw draw = h.createQuery(dialect.nextValue(sequence)
                            + " AS drawn, (SELECT base FROM ticket_number_year WHERE prefix = :prefix AND counter_year = :year) AS base")
                    .bind("prefix", prefix)
                    .bind("year", year)
                    .map((row, context) -> new Draw(row.getLong("drawn"), row.getObject("base", Long.class)))
                    .one();
            long base = draw.base() != null ? draw.base() : firstOfYear(h, prefix, year, draw.drawn());
            long drawn = draw.drawn() > base ? draw.drawn() : h.createQuery(dialect.nextValue(sequence)).mapTo(Long.class).one();
            return drawn - base;
        });
        return TicketNumber.of(type, year, number);
    }

    /** Inserts the year's base just below {@code drawn}, unless a racer did first; returns the base in force. */
    private long firstOfYear(Handle h, String prefix, int year, long drawn) {
        dialect.inserted(() -> h.createUpdate(dialect.insertSkippingDuplicates(
                        "INSERT INTO ticket_number_year (prefix, counter_year, base) VALUES (:prefix, :year, :base)"))
                .bind("prefix", prefix)
                .bind("year", year)
                .bind("base", drawn - 1)
                .execute());
        return h.createQuery("SELECT base FROM ticket_number_year WHERE prefix = :prefix AND counter_year = :year")
                .bind("prefix", prefix)
                .bind("year", year)
                .mapTo(Long.class)
                .one();
    }

    /** A value drawn from the sequence and the year's base, null before the year's first number. */
    private record Draw(long drawn, Long base) {
    }
}
