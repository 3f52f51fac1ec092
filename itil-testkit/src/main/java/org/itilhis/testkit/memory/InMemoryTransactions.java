package org.itilhis.testkit.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.itilhis.ports.common.Transactions;

/**
 * All-or-nothing transactions over the in-memory stores: one transaction at a time (a
 * lock), and an undo log the stores write to, replayed backwards when the work throws.
 * A nested call joins the outer transaction.
 */
public final class InMemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<Runnable> undo = new ArrayDeque<>();
    /** The thread inside the outermost {@link #inTransaction}, if any; written under the lock. */
    private volatile Thread inside;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            undo.clear();
            inside = Thread.currentThread();
            try {
                return work.get();
            } catch (RuntimeException | Error failure) {
                while (!undo.isEmpty()) {
                    undo.pop().run();
                }
                throw failure;
            } finally {
                undo.clear();
                inside = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether the calling thread is inside {@link #inTransaction}. */
    public boolean isActive() {
        return inside == Thread.currentThread();
    }

    /** Registers how to undo a write; outside a transaction the write simply stands. */
    void onRollback(Runnable action) {
        if (lock.isHeldByCurrentThread()) {
            undo.push(action);
        }
    }

    /** Runs {@code write} under the transaction lock, so writes outside a transaction are atomic too. */
    <T> T locked(Supplier<T> write) {
        lock.lock();
        try {
            return write.get();
        } finally {
            lock.unlock();
        }
    }
}
