package org.itilhis.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.concurrent.locks.ReentrantLock;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.out.StorageException;
import org.itilhis.ports.out.TicketNumberSequence;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Ticket numbers from a counter row per prefix and year in {@code ticket_counter}, on every
 * database the same way: {@code UPDATE ... SET last_number = last_number + 1}, then read the
 * row back while the update still holds its row lock, then commit. The first number of a
 * year creates the row with an insert that skips a duplicate (a racing node created it
 * first), then increments as usual. The row lock makes concurrent callers, on any number of
 * nodes, take turns: no number is handed out twice.
 *
 * <p>Like a database sequence, a number once handed out stays used even when the caller's
 * transaction rolls back (gaps are allowed, repeats are not), so the increment commits in a
 * short transaction of its own, never in the caller's. That needs a second connection
 * while the caller holds one; borrowing it from the pool for each number could deadlock a
 * saturated pool (every connection held by a caller waiting for one more), so the sequence
 * keeps one connection of its own, used by one thread at a time, and replaces it when it
 * fails. {@link #close()} gives it back.
 *
 * <p>Each number is one short commit; on PostgreSQL that commit does not wait for the disk
 * (see {@code Dialect.counterTransactionSetup}), elsewhere it does, which bounds the rate of
 * numbers per type and year to the disk's flush rate (hundreds per second on a plain disk).
 */
public final class JdbcTicketNumberSequence implements TicketNumberSequence, AutoCloseable {
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final ReentrantLock lock = new ReentrantLock();
    private Handle handle;

    JdbcTicketNumberSequence(Jdbi jdbi, Dialect dialect) {
        this.jdbi = checkNotNull(jdbi, "jdbi");
        this.dialect = checkNotNull(dialect, "dialect");
    }

    /** @throws StorageException if the counter cannot be incremented, even on a fresh connection */
    @Override
    public TicketNumber next(TicketType type, int year) {
        checkNotNull(type, "type");
        checkArgument(year >= 2000 && year <= 9999, "year %s out of range", year);
        lock.lock();
        try {
            return TicketNumber.of(type, year, incrementRetryingOnce(type.prefix(), year));
        } finally {
            lock.unlock();
        }
    }

    /** Gives the sequence's connection back to the data source. */
    @Override
    public void close() {
        lock.lock();
        try {
            release();
        } finally {
            lock.unlock();
        }
    }

    private long incrementRetryingOnce(String prefix, int year) {
        try {
            return increment(prefix, year);
        } catch (JdbiException firstFailure) {
            release();
            try {
                return increment(prefix, year);
            } catch (JdbiException failure) {
                failure.addSuppressed(firstFailure);
                throw new StorageException("cannot take a ticket number for " + prefix + " " + year, failure);
            }
        }
    }

    private long increment(String prefix, int year) {
        return connection().inTransaction(JdbcTransactions.ISOLATION, h -> {
            dialect.counterTransactionSetup().forEach(h::execute);
            if (bump(h, prefix, year) == 0) {
                dialect.inserted(() -> h.createUpdate(dialect.insertSkippingDuplicates(
                                "INSERT INTO ticket_counter (prefix, counter_year, last_number) VALUES (:prefix, :year, 0)"))
                        .bind("prefix", prefix)
                        .bind("year", year)
                        .execute());
                bump(h, prefix, year);
            }
            return h.createQuery("SELECT last_number FROM ticket_counter WHERE prefix = :prefix AND counter_year = :year")
                    .bind("prefix", prefix)
                    .bind("year", year)
                    .mapTo(Long.class)
                    .one();
        });
    }

    private static int bump(Handle h, String prefix, int year) {
        return h.createUpdate("UPDATE ticket_counter SET last_number = last_number + 1 "
                        + "WHERE prefix = :prefix AND counter_year = :year")
                .bind("prefix", prefix)
                .bind("year", year)
                .execute();
    }

    private Handle connection() {
        if (handle == null) {
            handle = jdbi.open();
        }
        return handle;
    }

    private void release() {
        if (handle != null) {
            try {
                handle.close();
            } catch (JdbiException ignored) {
                // the connection is broken already; the pool discards it
            } finally {
                handle = null;
            }
        }
    }
}
