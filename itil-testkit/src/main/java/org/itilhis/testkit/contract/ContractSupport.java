package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.itilhis.ports.common.Transactions;

/** What the contracts share: running work in a transaction, and forcing a rollback. */
final class ContractSupport {
    /** How long a contract waits for another thread before it gives up. */
    static final long PATIENCE_SECONDS = 60;

    private ContractSupport() {
    }

    /** Runs {@code work} in a transaction of its own and commits it. */
    static void committed(Transactions transactions, Runnable work) {
        transactions.inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} in a transaction that then throws; checks the transaction hands the
     * very same exception on, so the rollback cannot have been hidden.
     */
    static void rolledBack(Transactions transactions, Runnable work) {
        DeliberateFailure failure = new DeliberateFailure("rolled back on purpose by a contract test");
        Throwable thrown = catchThrowable(() -> transactions.inTransaction(() -> {
            work.run();
            throw failure;
        }));
        assertThat(thrown).as("what the failed transaction threw").isSameAs(failure);
    }

    /** The result of another thread's work, failing the test if it takes too long or throws. */
    static <T> T result(Future<T> future) {
        try {
            return future.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for another thread", interrupted);
        } catch (ExecutionException failed) {
            throw new AssertionError("another thread failed: " + failed.getCause(), failed.getCause());
        } catch (TimeoutException slow) {
            throw new AssertionError("another thread did not finish within " + PATIENCE_SECONDS + " s", slow);
        }
    }

    static <T> List<T> results(List<Future<T>> futures) {
        return futures.stream().map(ContractSupport::result).toList();
    }

    /**
     * Runs each of {@code writes} in a committed transaction of its own, each on its own
     * thread, all released at once, and waits for every one (failing if one throws).
     */
    static void committedAllAtOnce(Transactions transactions, List<Runnable> writes) {
        ExecutorService pool = Executors.newFixedThreadPool(writes.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> running = new ArrayList<>();
            for (Runnable write : writes) {
                running.add(pool.submit(() -> {
                    start.await();
                    committed(transactions, write);
                    return null;
                }));
            }
            start.countDown();
            results(running);
        } finally {
            pool.shutdownNow();
        }
    }
}
