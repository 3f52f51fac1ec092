package org.itilhis.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.out.StorageException;
import org.itilhis.ports.out.TicketNumberSequence;
import org.jdbi.v3.core.Handle;

/**
 * Ticket numbers from a counter row per prefix and year in {@code ticket_counter}, counted
 * in the caller's own transaction: {@code UPDATE ... SET last_number = last_number + 1},
 * then read back while the update holds the row lock, which the transaction keeps until it
 * commits or rolls back. Concurrent raises of one type and year, on any number of nodes, take
 * turns on that row from drawing their number to their commit; no number is handed out twice,
 * and a raise that rolls back gives its number back (committed numbers have no gaps).
 *
 * <p>Drawing needs no connection but the caller's: a sequence that borrowed a second one from
 * the pool while the caller held one could stall the whole pool (every connection held by a
 * raise waiting for one more). Outside a transaction a draw runs in a short one of its own.
 * The first number of a year creates the row with an insert that skips a duplicate (a racing
 * transaction created it first); on MariaDB with {@code ON DUPLICATE KEY UPDATE}, which takes
 * the row's exclusive lock at once where a skipped duplicate would leave a shared lock that
 * two racers could not both upgrade.
 */
public final class JdbcTicketNumberSequence implements TicketNumberSequence {
    private static final String INSERT_FIRST =
            "INSERT INTO ticket_counter (prefix, counter_year, last_number) VALUES (:prefix, :year, 1)";

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    JdbcTicketNumberSequence(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
    }

    /** @throws StorageException if the counter cannot be incremented */
    @Override
    public TicketNumber next(TicketType type, int year) {
        checkNotNull(type, "type");
        checkArgument(year >= 2000 && year <= 9999, "year %s out of range", year);
        String prefix = type.prefix();
        long number = transactions.withHandle("taking a ticket number for " + prefix + " " + year, h -> {
            Optional<Long> next = incremented(h, prefix, year);
            if (next.isPresent()) {
                return next.get();
            }
            return insertedFirst(h, prefix, year) ? read(h, prefix, year) : incremented(h, prefix, year).orElseThrow();
        });
        return TicketNumber.of(type, year, number);
    }

    /**
     * Creates the year's row at 1: true when this transaction's number is now in the row (on
     * MariaDB also when a racer created it first: the same statement then incremented it);
     * false when another transaction created it first and the row still has to be incremented.
     */
    private boolean insertedFirst(Handle h, String prefix, int year) {
        if (dialect == Dialect.MARIADB) {
            h.createUpdate(INSERT_FIRST + " ON DUPLICATE KEY UPDATE last_number = last_number + 1")
                    .bind("prefix", prefix)
                    .bind("year", year)
                    .execute();
            return true;
        }
        return dialect.inserted(() -> h.createUpdate(dialect.insertSkippingDuplicates(INSERT_FIRST))
                .bind("prefix", prefix)
                .bind("year", year)
                .execute());
    }

    /**
     * The row's next number, counted and read under its row lock; empty before the year's first
     * number. PostgreSQL does both in one statement, the others update, then read.
     */
    private Optional<Long> incremented(Handle h, String prefix, int year) {
        if (dialect == Dialect.POSTGRESQL) {
            return h.createQuery("UPDATE ticket_counter SET last_number = last_number + 1 "
                            + "WHERE prefix = :prefix AND counter_year = :year RETURNING last_number")
                    .bind("prefix", prefix)
                    .bind("year", year)
                    .mapTo(Long.class)
                    .findOne();
        }
        return bump(h, prefix, year) == 0 ? Optional.empty() : Optional.of(read(h, prefix, year));
    }

    private static long read(Handle h, String prefix, int year) {
        return h.createQuery("SELECT last_number FROM ticket_counter WHERE prefix = :prefix AND counter_year = :year")
                .bind("prefix", prefix)
                .bind("year", year)
                .mapTo(Long.class)
                .one();
    }

    private static int bump(Handle h, String prefix, int year) {
        return h.createUpdate("UPDATE ticket_counter SET last_number = last_number + 1 "
                        + "WHERE prefix = :prefix AND counter_year = :year")
                .bind("prefix", prefix)
                .bind("year", year)
                .execute();
    }
}
