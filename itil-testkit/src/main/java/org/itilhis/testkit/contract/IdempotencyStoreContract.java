package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
 * transaction, so that an outcome rolls back with the creation it belongs to. A record
 * expires: recorded before the oldest time the caller still answers, it is absent, its key
 * can be recorded again, and a purge deletes it (every one of many) and counts it.
 *
 * <p>Implement it in a test class as shown for {@code TicketRepositoryContract}, returning
 * the store and the transactions it joins; each test expects an empty store.
 */
public interface IdempotencyStoreContract {
    StaffId NURSE = StaffId.of("N1001");
    StaffId CLERK = StaffId.of("C2001");
    /** When the outcomes of these tests were recorded. */
    Instant AT = Instant.parse("2026-03-02T08:15:30.123456Z");
    /** The oldest recording time answered a day after {@link #AT}'s records were made: they are still live. */
    Instant LIVE = AT.minus(Duration.ofHours(23));

    /** The adapter under test, the same one throughout a test method. */
    IdempotencyStore idempotency();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void anUnknownKeyHasNoOutcome() {
        assertThat(idempotency().find(NURSE, "never-used", LIVE)).isEmpty();
    }

    @Test
    default void aRecordedOutcomeIsFoundExactlyAsRecorded() {
        IdempotentOutcome outcome = outcome("INC-2026-000001", "{\"summary\":\"打印机卡纸 \uD840\uDC0B\"}");

        boolean recorded = transactions().inTransaction(() -> idempotency().record(NURSE, "key-1", outcome, LIVE));

        assertThat(recorded).isTrue();
        assertThat(idempotency().find(NURSE, "key-1", LIVE)).contains(outcome);
    }

    @Test
    default void anOutcomeWithoutLocationAndWithALargeBodyIsKept() {
        IdempotentOutcome outcome = new IdempotentOutcome("sha256:0f", 422, "", "x".repeat(100_000),
                AT);

        transactions().inTransaction(() -> idempotency().record(NURSE, "large", outcome, LIVE));

        assertThat(idempotency().find(NURSE, "large", LIVE)).contains(outcome);
    }

    @Test
    default void aKeyIsRecordedOnceAndTheFirstOutcomeStays() {
        IdempotentOutcome first = outcome("INC-2026-000001", "{}");
        IdempotentOutcome second = outcome("INC-2026-000002", "{}");
        transactions().inTransaction(() -> idempotency().record(NURSE, "key-1", first, LIVE));

        boolean again = transactions().inTransaction(() -> idempotency().record(NURSE, "key-1", second, LIVE));

        assertThat(again).isFalse();
        assertThat(idempotency().find(NURSE, "key-1", LIVE)).contains(first);
    }

    @Test
    default void keysBelongToTheirActor() {
        IdempotentOutcome nurses = outcome("INC-2026-000001", "{}");
        IdempotentOutcome clerks = outcome("INC-2026-000002", "{}");

        transactions().inTransaction(() -> idempotency().record(NURSE, "same-key", nurses, LIVE));
        boolean clerkRecorded = transactions().inTransaction(() -> idempotency().record(CLERK, "same-key", clerks, LIVE));

        assertThat(clerkRecorded).isTrue();
        assertThat(idempotency().find(NURSE, "same-key", LIVE)).contains(nurses);
        assertThat(idempotency().find(CLERK, "same-key", LIVE)).contains(clerks);
    }

    @Test
    default void anOutcomeRollsBackWithItsTransaction() {
        IllegalStateException failure = new IllegalStateException("the creation failed after recording");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            idempotency().record(NURSE, "key-1", outcome("INC-2026-000001", "{}"), LIVE);
            assertThat(idempotency().find(NURSE, "key-1", LIVE)).as("seen by its own transaction").isPresent();
            throw failure;
        })).isSameAs(failure);

        assertThat(idempotency().find(NURSE, "key-1", LIVE)).isEmpty();
        assertThat(transactions().inTransaction(() -> idempotency().record(NURSE, "key-1",
                outcome("INC-2026-000002", "{}"), LIVE))).isTrue();
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
                    return transactions().inTransaction(() -> idempotency().record(NURSE, "double-click", outcome, LIVE));
                }));
            }
            start.countDown();
            int recorded = 0;
            for (Future<Boolean> attempt : attempts) {
                recorded += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(recorded).isEqualTo(1);
            assertThat(idempotency().find(NURSE, "double-click", LIVE)).isPresent();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void aRecordIsAnsweredUpToItsRecordingTimeAndAbsentAfter() {
        IdempotentOutcome outcome = outcome("INC-2026-000001", "{}");
        transactions().inTransaction(() -> idempotency().record(NURSE, "key-1", outcome, LIVE));

        assertThat(idempotency().find(NURSE, "key-1", AT)).as("recorded at the oldest time answered").contains(outcome);
        assertThat(idempotency().find(NURSE, "key-1", AT.plusSeconds(1))).as("recorded before it").isEmpty();
    }

    @Test
    default void anExpiredKeyIsRecordedAgainAndTheNewOutcomeAnswers() {
        IdempotentOutcome expired = outcome("INC-2026-000001", "{}");
        IdempotentOutcome again = outcome("INC-2026-000002", "{}", AT.plus(Duration.ofHours(25)));
        transactions().inTransaction(() -> idempotency().record(NURSE, "key-1", expired, LIVE));
        Instant dayAfter = AT.plus(Duration.ofHours(1));

        assertThat(idempotency().find(NURSE, "key-1", dayAfter)).isEmpty();
        boolean recorded = transactions().inTransaction(() -> idempotency().record(NURSE, "key-1", again, dayAfter));

        assertThat(recorded).isTrue();
        assertThat(idempotency().find(NURSE, "key-1", dayAfter)).contains(again);
    }

    @Test
    default void anExpiredKeyIsRecordedAgainEvenWithoutALookupFirst() {
        IdempotentOutcome again = outcome("INC-2026-000002", "{}", AT.plus(Duration.ofHours(25)));
        transactions().inTransaction(() -> idempotency().record(NURSE, "key-1", outcome("INC-2026-000001", "{}"), LIVE));
        Instant dayAfter = AT.plus(Duration.ofHours(1));

        boolean recorded = transactions().inTransaction(() -> idempotency().record(NURSE, "key-1", again, dayAfter));

        assertThat(recorded).isTrue();
        assertThat(idempotency().find(NURSE, "key-1", dayAfter)).contains(again);
    }

    @Test
    default void anExpiredRecordReplacedInARolledBackTransactionIsNotReplaced() {
        IdempotentOutcome first = outcome("INC-2026-000001", "{}");
        transactions().inTransaction(() -> idempotency().record(NURSE, "key-1", first, LIVE));
        Instant dayAfter = AT.plus(Duration.ofHours(1));
        IllegalStateException failure = new IllegalStateException("the creation failed after recording");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            assertThat(idempotency().find(NURSE, "key-1", dayAfter)).isEmpty();
            idempotency().record(NURSE, "key-1", outcome("INC-2026-000002", "{}", AT.plus(Duration.ofHours(25))),
                    dayAfter);
            throw failure;
        })).isSameAs(failure);

        assertThat(idempotency().find(NURSE, "key-1", LIVE)).contains(first);
    }

    @Test
    default void aPurgeDeletesTheRecordsRecordedBeforeTheCutoffAndCountsThem() {
        IdempotentOutcome old = outcome("INC-2026-000001", "{}", AT.minus(Duration.ofHours(2)));
        IdempotentOutcome atCutoff = outcome("INC-2026-000002", "{}", AT.minus(Duration.ofHours(1)));
        IdempotentOutcome fresh = outcome("INC-2026-000003", "{}", AT);
        Instant longAgo = AT.minus(Duration.ofDays(7));
        transactions().inTransaction(() -> {
            idempotency().record(NURSE, "old", old, longAgo);
            idempotency().record(CLERK, "at-cutoff", atCutoff, longAgo);
            return idempotency().record(NURSE, "fresh", fresh, longAgo);
        });

        int purged = idempotency().purgeRecordedBefore(AT.minus(Duration.ofHours(1)));

        assertThat(purged).isEqualTo(1);
        assertThat(idempotency().find(NURSE, "old", longAgo)).isEmpty();
        assertThat(idempotency().find(CLERK, "at-cutoff", longAgo)).contains(atCutoff);
        assertThat(idempotency().find(NURSE, "fresh", longAgo)).contains(fresh);
        assertThat(idempotency().purgeRecordedBefore(AT.minus(Duration.ofHours(1)))).as("again").isZero();
    }

    @Test
    default void aPurgeDeletesEveryOneOfManyExpiredRecords() {
        int records = 2_500;
        transactions().inTransaction(() -> {
            for (int i = 0; i < records; i++) {
                idempotency().record(i % 2 == 0 ? NURSE : CLERK, "key-" + i,
                        outcome("INC-2026-000001", "{}", AT.minusSeconds(i)), LIVE.minus(Duration.ofDays(1)));
            }
            return null;
        });
        idempotency().record(NURSE, "fresh", outcome("INC-2026-000002", "{}", AT.plusSeconds(1)), LIVE);

        assertThat(idempotency().purgeRecordedBefore(AT.plusSeconds(1))).isEqualTo(records);
        assertThat(idempotency().find(NURSE, "key-0", LIVE.minus(Duration.ofDays(1)))).isEmpty();
        assertThat(idempotency().find(NURSE, "fresh", LIVE)).isPresent();
    }

    private static IdempotentOutcome outcome(String number, String body) {
        return outcome(number, body, AT);
    }

    private static IdempotentOutcome outcome(String number, String body, Instant at) {
        return new IdempotentOutcome("sha256:" + number.hashCode(), 201, "/api/v1/incidents/" + number, body, at);
    }
}
