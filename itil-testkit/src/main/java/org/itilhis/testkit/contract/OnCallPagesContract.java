package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.ContractSupport.committed;
import static org.itilhis.testkit.contract.ContractSupport.results;
import static org.itilhis.testkit.contract.ContractSupport.rolledBack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicedesk.out.OnCallPage;
import org.itilhis.ports.servicedesk.out.OnCallPage.Outcome;
import org.itilhis.ports.servicedesk.out.OnCallPages;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OnCallPages} must do: keep a page as recorded (its chain in order), once
 * per ticket and position, refusing a second record of the same key with {@code false}
 * (also from concurrent transactions, as on two application nodes); settle an open page once,
 * with its outcome; list the open pages whose deadline has passed, earliest first; and take
 * part in the caller's transaction, so that a rolled-back record or settlement is undone.
 *
 * <p>Implement it in a test class as shown for {@code TicketRepositoryContract}; each test
 * expects an empty store.
 */
public interface OnCallPagesContract {
    /** Monday 2 March 2026, 22:00 in Shanghai. */
    Instant NIGHT = Instant.parse("2026-03-02T14:00:00Z");
    Duration RESPONSE_TIME = Duration.ofMinutes(15);
    List<StaffId> CHAIN = List.of(DemoHospital.ENGINEER_LIU.staffId(), DemoHospital.ENGINEER_ZHOU.staffId(),
            DemoHospital.LEAD_SUN.staffId());

    /** The adapter under test, the same one throughout a test method. */
    OnCallPages onCallPages();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void aRecordedPageReadsBackAsRecordedWithItsChainInOrder() {
        OnCallPage page = page(new TicketId(UUID.randomUUID()), 1, NIGHT.plusSeconds(900));

        assertThat(record(page)).isTrue();

        assertThat(onCallPages().of(page.ticket())).containsExactly(page);
        assertThat(page.engineer()).isEqualTo(DemoHospital.ENGINEER_ZHOU.staffId());
    }

    @Test
    default void aSecondRecordOfATicketsPositionIsRefusedAndChangesNothing() {
        TicketId ticket = new TicketId(UUID.randomUUID());
        OnCallPage first = page(ticket, 0, NIGHT);

        assertThat(record(first)).isTrue();
        assertThat(record(page(ticket, 0, NIGHT.plusSeconds(60)))).isFalse();

        assertThat(onCallPages().of(ticket)).containsExactly(first);
    }

    @Test
    default void pagesOfAnotherPositionOrTicketAreRecordedTooAndReadByPosition() {
        TicketId ticket = new TicketId(UUID.randomUUID());
        OnCallPage second = page(ticket, 1, NIGHT.plusSeconds(900));
        OnCallPage first = page(ticket, 0, NIGHT);

        assertThat(record(second)).isTrue();
        assertThat(record(first)).isTrue();
        assertThat(record(page(new TicketId(UUID.randomUUID()), 0, NIGHT))).isTrue();

        assertThat(onCallPages().of(ticket)).containsExactly(first, second);
        assertThat(onCallPages().of(new TicketId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    default void anOpenPageIsSettledOnceWithItsOutcome() {
        OnCallPage page = page(new TicketId(UUID.randomUUID()), 0, NIGHT);
        record(page);
        Instant at = NIGHT.plus(RESPONSE_TIME);

        assertThat(settle(page, Outcome.PASSED_ON, at)).isTrue();
        assertThat(settle(page, Outcome.ACCEPTED, at.plusSeconds(1))).as("settled already").isFalse();

        assertThat(onCallPages().of(page.ticket())).containsExactly(page.settled(Outcome.PASSED_ON, at));
    }

    @Test
    default void settlingAPageNeverRecordedChangesNothing() {
        OnCallPage page = page(new TicketId(UUID.randomUUID()), 0, NIGHT);
        record(page);

        assertThat(settle(page(page.ticket(), 1, NIGHT), Outcome.ACCEPTED, NIGHT)).isFalse();

        assertThat(onCallPages().of(page.ticket())).containsExactly(page);
    }

    @Test
    default void aSettledPageIsNotRecorded() {
        OnCallPage settled = page(new TicketId(UUID.randomUUID()), 0, NIGHT).settled(Outcome.ACCEPTED, NIGHT);

        assertThatThrownBy(() -> record(settled)).isInstanceOf(IllegalArgumentException.class);
        assertThat(onCallPages().of(settled.ticket())).isEmpty();
    }

    @Test
    default void theDuePagesAreTheOpenOnesWhoseDeadlineHasPassedEarliestFirst() {
        OnCallPage late = page(new TicketId(UUID.randomUUID()), 0, NIGHT.plusSeconds(120));
        OnCallPage early = page(new TicketId(UUID.randomUUID()), 1, NIGHT);
        OnCallPage dueExactlyNow = page(new TicketId(UUID.randomUUID()), 0, NIGHT.plusSeconds(300));
        OnCallPage notYet = page(new TicketId(UUID.randomUUID()), 0, NIGHT.plusSeconds(301));
        OnCallPage settled = page(new TicketId(UUID.randomUUID()), 0, NIGHT.minusSeconds(60));
        List.of(late, notYet, early, settled, dueExactlyNow).forEach(this::record);
        settle(settled, Outcome.ACCEPTED, NIGHT);
        Instant now = NIGHT.plusSeconds(300).plus(RESPONSE_TIME);

        assertThat(onCallPages().due(now, 10)).containsExactly(early, late, dueExactlyNow);
        assertThat(onCallPages().due(now, 2)).containsExactly(early, late);
        assertThat(onCallPages().due(NIGHT.plus(RESPONSE_TIME).minusSeconds(1), 10)).isEmpty();
    }

    @Test
    default void aRecordAndASettlementRollBackWithTheirTransaction() {
        OnCallPage page = page(new TicketId(UUID.randomUUID()), 0, NIGHT);

        rolledBack(transactions(), () -> assertThat(onCallPages().record(page)).isTrue());
        assertThat(onCallPages().of(page.ticket())).isEmpty();

        record(page);
        rolledBack(transactions(), () -> assertThat(onCallPages().settle(page.ticket(), 0, Outcome.ACCEPTED, NIGHT))
                .isTrue());
        assertThat(onCallPages().of(page.ticket())).containsExactly(page);
        assertThat(settle(page, Outcome.PASSED_ON, NIGHT)).as("settleable after the rollback").isTrue();
    }

    @Test
    default void ofConcurrentRecordsOfOnePageExactlyOneSucceeds() throws Exception {
        TicketId ticket = new TicketId(UUID.randomUUID());
        List<Boolean> recorded = allAtOnce(8, i -> () -> transactions().inTransaction(
                () -> onCallPages().record(page(ticket, 1, NIGHT.plusSeconds(i)))));

        assertThat(recorded).containsOnlyOnce(true).hasSize(8);
        assertThat(onCallPages().of(ticket)).hasSize(1);
    }

    @Test
    default void ofConcurrentSettlementsOfOnePageExactlyOneSucceeds() throws Exception {
        OnCallPage page = page(new TicketId(UUID.randomUUID()), 0, NIGHT);
        record(page);

        List<Boolean> settled = allAtOnce(8, i -> () -> transactions().inTransaction(
                () -> onCallPages().settle(page.ticket(), 0, Outcome.PASSED_ON, NIGHT.plusSeconds(i))));

        assertThat(settled).containsOnlyOnce(true).hasSize(8);
        assertThat(onCallPages().due(NIGHT.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    private boolean record(OnCallPage page) {
        return transactions().inTransaction(() -> onCallPages().record(page));
    }

    private boolean settle(OnCallPage page, Outcome outcome, Instant at) {
        boolean[] settled = new boolean[1];
        committed(transactions(), () -> settled[0] = onCallPages().settle(page.ticket(), page.position(), outcome, at));
        return settled[0];
    }

    /** Runs {@code threads} attempts, each in a thread of its own, all released at once. */
    private static List<Boolean> allAtOnce(int threads, java.util.function.IntFunction<Callable<Boolean>> attempt)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Boolean> one = attempt.apply(i);
                attempts.add(pool.submit(() -> {
                    start.await();
                    return one.call();
                }));
            }
            start.countDown();
            return results(attempts);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The page of the person at {@code position} of the chain, paged at {@code at}. */
    private static OnCallPage page(TicketId ticket, int position, Instant at) {
        return OnCallPage.of(ticket, TicketNumber.parse("INC-2026-000042"), DemoHospital.DESKTOP, CHAIN, position, at,
                RESPONSE_TIME);
    }
}
