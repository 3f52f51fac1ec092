package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.contract.ContractSupport.results;
import static org.itilhis.testkit.contract.ContractSupport.rolledBack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.sla.ClockKind;
import org.itilhis.core.sla.SlaThreshold;
import org.itilhis.core.sla.ThresholdCrossed;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicelevel.out.EscalationLog;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EscalationLog} must do: record an escalation's {@link ThresholdCrossed#key()
 * key} once, refusing later records of the same key with {@code false} (also from concurrent
 * transactions, as on two application nodes), while escalations of other keys record; and
 * take part in the caller's transaction, so that a rolled-back escalation can be recorded again.
 *
 * <p>Implement it in a test class as shown for {@code TicketRepositoryContract}; each test
 * expects an empty log.
 */
public interface EscalationLogContract {
    Instant RAISED = Instant.parse("2026-03-02T08:15:30Z");

    /** The adapter under test, the same one throughout a test method. */
    EscalationLog escalations();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void anEscalationIsRecordedOnceAndLaterRecordsOfItsKeyAreRefused() {
        TicketId ticket = new TicketId(UUID.randomUUID());
        ThresholdCrossed first = crossed(ticket, new SlaThreshold(ClockKind.RESPONSE, 50), RAISED, 450);
        ThresholdCrossed sameKeyDetectedLater = crossed(ticket, new SlaThreshold(ClockKind.RESPONSE, 50), RAISED, 900);

        assertThat(record(first)).isTrue();
        assertThat(record(first)).isFalse();
        assertThat(record(sameKeyDetectedLater)).isFalse();
    }

    @Test
    default void escalationsOfAnotherTicketClockThresholdOrClockStartAreRecordedToo() {
        TicketId ticket = new TicketId(UUID.randomUUID());
        SlaThreshold warning = new SlaThreshold(ClockKind.RESPONSE, 50);
        assertThat(record(crossed(ticket, warning, RAISED, 450))).isTrue();

        assertThat(record(crossed(new TicketId(UUID.randomUUID()), warning, RAISED, 450))).as("other ticket").isTrue();
        assertThat(record(crossed(ticket, new SlaThreshold(ClockKind.RESOLUTION, 50), RAISED, 450)))
                .as("other clock").isTrue();
        assertThat(record(crossed(ticket, new SlaThreshold(ClockKind.RESPONSE, 75), RAISED, 450)))
                .as("other threshold").isTrue();
        assertThat(record(crossed(ticket, SlaThreshold.breach(ClockKind.RESPONSE), RAISED, 450)))
                .as("breach").isTrue();
        assertThat(record(crossed(ticket, warning, RAISED.plusSeconds(3600), 450))).as("clock restarted").isTrue();
    }

    @Test
    default void aRecordRollsBackWithItsTransaction() {
        ThresholdCrossed escalation = crossed(new TicketId(UUID.randomUUID()), SlaThreshold.breach(ClockKind.RESOLUTION),
                RAISED, 7200);

        rolledBack(transactions(), () -> assertThat(escalations().record(escalation)).isTrue());

        assertThat(record(escalation)).as("recordable again after the rollback").isTrue();
        assertThat(record(escalation)).isFalse();
    }

    @Test
    default void ofConcurrentRecordsOfOneKeyExactlyOneSucceeds() throws Exception {
        int threads = 8;
        TicketId ticket = new TicketId(UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                ThresholdCrossed escalation = crossed(ticket, SlaThreshold.breach(ClockKind.RESPONSE), RAISED, 901 + i);
                attempts.add(pool.submit(() -> {
                    start.await();
                    return transactions().inTransaction(() -> escalations().record(escalation));
                }));
            }
            start.countDown();

            assertThat(results(attempts)).containsOnlyOnce(true).hasSize(threads);
            assertThat(record(crossed(ticket, SlaThreshold.breach(ClockKind.RESPONSE), RAISED, 999))).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean record(ThresholdCrossed escalation) {
        return transactions().inTransaction(() -> escalations().record(escalation));
    }

    private static ThresholdCrossed crossed(TicketId ticket, SlaThreshold threshold, Instant clockStartedAt,
                                            long detectedAfterSeconds) {
        return new ThresholdCrossed(ticket, TicketNumber.parse("INC-2026-000001"), threshold, clockStartedAt,
                Priority.P2, DemoHospital.HIS_SUPPORT, Actor.SYSTEM_ID, clockStartedAt.plusSeconds(detectedAfterSeconds));
    }
}
