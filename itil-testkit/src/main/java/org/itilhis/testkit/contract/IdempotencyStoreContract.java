package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.IdempotencyStore;
import org.itilhis.ports.common.IdempotentOutcome;
import org.itilhis.ports.common.Transactions;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyStore} must do: keep the outcome of a creating request per
 * actor and key exactly as recorded, record a key once (a second record, even a concurrent
 * one, is refused with {@code false} and leaves the first), and take part in the caller's
 * transaction, so that an outcome rolls back with the creation it belongs to.
 *
 * <p>Implement it in a test class as shown for {@code TicketRepositoryContract}, returning
 * the store and the transactions it joins; each test expects an empty store.
 */
public interface IdempotencyStoreContract {
    StaffId NURSE = StaffId.of("N1001");
    StaffId CLERK = StaffId.of("C2001");

    /** The adapter under test, the same one throughout a test method. */
    IdempotencyStore idempotency();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void anUnknownKeyHasNoOutcome() {
        assertThat(idempotency().find(NURSE, "never-used")).isEmpty();
    }

    @Test
    default void aRecordedOutcomeIsFoundExactlyAsRecorded() {
        IdempotentOutcome outcome = outcome("INC-2026-000001", "{\"summary\":\"打印机卡纸 \uD840\uDC0B\"}");

        boolean recorded = transactions().inTransaction(() -> idempotency().record(NURSE, "key-1", outcome));

        assertThat(recorded).isTrue();
        assertThat(idempotency().find(NURSE, "key-1")).contains(outcome);
    }

    @Test
    default void anOutcomeWithoutLocationAndWithALargeBodyIsKept() {
        IdempotentOutcome outcome = new IdempotentOutcome("sha256:0f", 422, "", "x".repeat(100_000),
                Instant.parse("2026-03-02T08:00:00Z"));

        transactions().inTransaction(() -> idempotency().record(NURSE, "large", outcome));

        assertThat(idempotency().find(NURSE, "large")).contains(outcome);
    }

    @Test
    default void aKeyIsRecordedOnceAndTheFirstOutcomeStays() {
        IdempotentOutcome first = outcome("INC-2026-000001", "{}");
        IdempotentOutcome second = outcome("INC-2026-000002", "{}");
        transactions().inTransaction(() -> idempotency().record(NURSE, "key-1", first));

        boolean again = transactions().inTransaction(() -> idempotency().record(NURSE, "key-1", second));

        assertThat(again).isFalse();
        assertThat(idempotency().find(NURSE, "key-1")).contains(first);
    }

    @Test
    default void keysBelongToTheirActor() {
        IdempotentOutcome nurses = outcome("INC-2026-000001", "{}");
        IdempotentOutcome clerks = outcome("INC-2026-000002", "{}");

        transactions().inTransaction(() -> idempotency().record(NURSE, "same-key", nurses));
        boolean clerkRecorded = transactions().inTransaction(() -> idempotency().record(CLERK, "same-key", clerks));

        assertThat(clerkRecorded).isTrue();
        assertThat(idempotency().find(NURSE, "same-key")).contains(nurses);
        assertThat(idempotency().find(CLERK, "same-key")).contains(clerks);
    }

    @Test
    default void anOutcomeRollsBackWithItsTransaction() {
        IllegalStateException failure = new IllegalStateException("the creation failed after recording");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            idempotency().record(NURSE, "key-1", outcome("INC-2026-000001", "{}"));
            assertThat(idempotency().find(NURSE, "key-1")).as("seen by its own transaction").isPresent();
            throw failure;
        })).isSameAs(failure);

        assertThat(idempotency().find(NURSE, "key-1")).isEmpty();
        assertThat(transactions().inTransaction(() -> idempotency().record(NURSE, "key-1",
                outcome("INC-2026-000002", "{}")))).isTrue();
    }

    @Test
    default void ofConcurrentRetriesOfOneKeyExactlyOneRecords() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                IdempotentOutcome outcome = outcome("INC-2026-00000" + (i + 1), "{}");
                attempts.add(pool.submit(() -> {
                    start.await();
                    return transactions().inTransaction(() -> idempotency().record(NURSE, "double-click", outcome));
                }));
            }
            start.countDown();
            int recorded = 0;
            for (Future<Boolean> attempt : attempts) {
                recorded += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(recorded).isEqualTo(1);
            assertThat(idempotency().find(NURSE, "double-click")).isPresent();
        } finally {
            pool.shutdownNow();
        }
    }

    private static IdempotentOutcome outcome(String number, String body) {
        return new IdempotentOutcome("sha256:" + number.hashCode(), 201, "/api/v1/incidents/" + number, body,
                Instant.parse("2026-03-02T08:15:30.123456Z"));
    }
}
