package org.itilhis.adapters.jdbc.common;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Supplier;
import org.itilhis.ports.common.StorageException;
import org.itilhis.ports.common.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.StatementExceptions.MessageRendering;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Database transactions for the ports: {@link #inTransaction} binds one Jdbi handle (one
 * connection, one transaction) to the calling thread, and every JDBC adapter of the same
 * storage runs its statements on it, so a command's ticket row and its events commit
 * together or not at all. A nested call joins the outer transaction; a call of an adapter
 * outside any transaction runs in a transaction of its own.
 *
 * <p>A statement that fails inside a transaction makes it roll back: should the work catch the
 * {@link StorageException} and return, the commit is refused with a {@code StorageException}
 * instead. PostgreSQL aborts a transaction after any failed statement and would silently roll
 * back at commit; the other databases would commit what the work wrote around the failure. Either
 * way a caller would be told the command succeeded when its writes were lost or partial.
 *
 * <p>A failure is reported by {@link StorageFailures}: the operation, the SQL state and the
 * vendor's error code, never the statement's values nor the database's text, which quotes them.
 *
 * <p>Transactions run at READ COMMITTED on every database (MariaDB's default would be
 * REPEATABLE READ): optimistic locking does not need more, because the version check is
 * part of the {@code UPDATE}, which always sees the latest committed row.
 */
public final class JdbcTransactions implements Transactions {
    static final TransactionIsolationLevel ISOLATION = TransactionIsolationLevel.READ_COMMITTED;

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    /** Why the calling thread's transaction can only roll back: a statement of it failed. */
    private final ThreadLocal<StorageException> failed = new ThreadLocal<>();

    /**
     * Transactions on {@code jdbi}, whose statement exceptions are set to render neither the
     * statement nor its bound arguments ({@link MessageRendering#NONE}): those hold what callers
     * wrote, patients' names included, and would reach a log through any exception that escapes.
     */
    public JdbcTransactions(Jdbi jdbi) {
        this.jdbi = checkNotNull(jdbi, "jdbi");
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(MessageRendering.NONE);
    }

    /**
     * Runs {@code work} in a transaction: committed when it returns, rolled back when it
     * throws (and its exception rethrown unchanged).
     *
     * @throws StorageException if the database cannot begin or commit the transaction
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        checkNotNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        Handle handle = begin();
        current.set(handle);
        try {
            T result = work.get();
            StorageException failedStatement = failed.get();
            if (failedStatement != null) {
                throw new StorageException("the transaction is rolled back: one of its statements failed and the "
                        + "work went on (" + failedStatement.getMessage() + ")", failedStatement);
            }
            commit(handle);
            return result;
        } catch (RuntimeException | Error failure) {
            rollback(handle, failure);
            throw failure;
        } finally {
            current.remove();
            failed.remove();
            handle.close();
        }
    }

    /** Whether the calling thread is inside {@link #inTransaction}. */
    public boolean isActive() {
        return current.get() != null;
    }

    /**
     * Runs {@code call} on the current transaction's handle, or in a transaction of its own
     * outside one. Jdbi failures become {@link StorageException}s naming {@code what}.
     */
    public <T> T withHandle(String what, HandleCallback<T, RuntimeException> call) {
        Handle handle = current.get();
        try {
            return handle != null ? call.withHandle(handle) : jdbi.inTransaction(ISOLATION, call);
        } catch (JdbiException failure) {
            StorageException storageFailure = StorageFailures.of(what, failure);
            if (handle != null && failed.get() == null) {
                failed.set(storageFailure);
            }
            throw storageFailure;
        }
    }

    private Handle begin() {
        Handle handle = null;
        try {
            handle = jdbi.open();
            handle.setTransactionIsolationLevel(ISOLATION);
            handle.begin();
            return handle;
        } catch (JdbiException failure) {
            if (handle != null) {
                handle.close();
            }
            throw StorageFailures.of("beginning a transaction", failure);
        }
    }

    private static void commit(Handle handle) {
        try {
            handle.commit();
        } catch (JdbiException failure) {
            throw StorageFailures.of("committing the transaction", failure);
        }
    }

    private static void rollback(Handle handle, Throwable cause) {
        try {
            handle.rollback();
        } catch (JdbiException failure) {
            cause.addSuppressed(failure);
        }
    }
}
