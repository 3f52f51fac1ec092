package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.monitoring.AlertSeverity;
import org.itilhis.core.monitoring.AlertStatus;
import org.itilhis.core.monitoring.ReceivedAlert;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.monitoring.in.AlertSearch;
import org.itilhis.ports.monitoring.out.AlertLog;
import org.itilhis.ports.monitoring.out.StoredAlert;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AlertLog} must do: keep each alert whole, record each delivery (source,
 * fingerprint, status, start) once however often and however concurrently it arrives, hand out
 * positions a follower reading by {@code after} never skips (a late-committing alert never lands
 * below what was already read), undo a rolled-back record, and list alerts newest first by source,
 * item, status, time and for no item. Each test expects empty storage.
 */
public interface AlertLogContract {
    Instant STARTS = Instant.parse("2026-12-07T01:58:30.123456Z");
    Instant RECEIVED = Instant.parse("2026-12-07T02:00:00.654321Z");
    CiId HIS_DB = new CiId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));

    AlertLog alertLog();

    Transactions transactions();

    static ReceivedAlert firing(String source, String fingerprint, Instant startsAt) {
        return new ReceivedAlert(source, fingerprint, AlertStatus.FIRING, "HostDown", AlertSeverity.CRITICAL, startsAt,
                Optional.empty(), "HIS 数据库服务器 his-db-1 不可达",
                ImmutableMap.of("alertname", "HostDown", "instance", "10.1.2.3:9100", "科室", "信息中心"));
    }

    static ReceivedAlert resolved(ReceivedAlert alert, Instant endsAt) {
        return new ReceivedAlert(alert.source(), alert.fingerprint(), AlertStatus.RESOLVED, alert.name(),
                alert.severity(), alert.startsAt(), Optional.of(endsAt), alert.summary(), alert.labels());
    }

    private AlertLog.Recorded record(ReceivedAlert alert, Optional<CiId> ci) {
        return transactions().inTransaction(() -> alertLog().record(alert, ci, RECEIVED));
    }

    @Test
    default void aNewAlertIsRecordedWholeAtAPositivePositionAndFoundThere() {
        ReceivedAlert alert = firing("prometheus-core", "a1b2c3", STARTS);

        AlertLog.Recorded recorded = record(alert, Optional.of(HIS_DB));

        assertThat(recorded.created()).isTrue();
        StoredAlert stored = recorded.alert();
        assertThat(stored.position()).isPositive();
        assertThat(stored).isEqualTo(new StoredAlert(stored.position(), alert, Optional.of(HIS_DB), RECEIVED));
        assertThat(alertLog().find(stored.position())).contains(stored);
        assertThat(alertLog().after(0, 10)).containsExactly(stored);
        assertThat(alertLog().find(stored.position() + 1000)).isEmpty();
    }

    @Test
    default void theSameDeliveryIsRecordedOnceAndARepeatAnswersTheFirst() {
        ReceivedAlert alert = firing("prometheus-core", "a1b2c3", STARTS);
        AlertLog.Recorded first = record(alert, Optional.of(HIS_DB));

        AlertLog.Recorded again = record(alert, Optional.empty());

        assertThat(again.created()).isFalse();
        assertThat(again.alert()).isEqualTo(first.alert());
        assertThat(alertLog().after(0, 10)).hasSize(1);
    }

    @Test
    default void itsResolutionAndAFiringThatStartsLaterAreDeliveriesOfTheirOwn() {
        ReceivedAlert alert = firing("zabbix", "7781", STARTS);
        record(alert, Optional.empty());

        boolean resolution = record(resolved(alert, STARTS.plusSeconds(60)), Optional.empty()).created();
        boolean again = record(firing("zabbix", "7781", STARTS.plusSeconds(120)), Optional.empty()).created();
        boolean otherSource = record(firing("prometheus-core", "7781", STARTS), Optional.empty()).created();

        assertThat(List.of(resolution, again, otherSource)).containsOnly(true);
        assertThat(alertLog().after(0, 10)).extracting(s -> s.alert().status())
                .containsExactly(AlertStatus.FIRING, AlertStatus.RESOLVED, AlertStatus.FIRING, AlertStatus.FIRING);
    }

    @Test
    default void aBatchIsRecordedInOrderSkippingWhatWasRecordedBeforeAndRepeatsWithinIt() {
        ReceivedAlert known = firing("prometheus-core", "f0", STARTS);
        record(known, Optional.empty());
        List<AlertLog.Mapped> batch = new ArrayList<>();
        batch.add(new AlertLog.Mapped(known, Optional.empty()));
        for (int i = 1; i <= 120; i++) {
            batch.add(new AlertLog.Mapped(firing("prometheus-core", "f" + i, STARTS), Optional.of(HIS_DB)));
        }
        batch.add(new AlertLog.Mapped(firing("prometheus-core", "f7", STARTS), Optional.empty()));

        List<AlertLog.Recorded> recorded = transactions().inTransaction(() -> alertLog().recordAll(batch, RECEIVED));

        assertThat(recorded).hasSize(122);
        assertThat(recorded.get(0).created()).isFalse();
        assertThat(recorded.subList(1, 121)).allMatch(AlertLog.Recorded::created);
        assertThat(recorded.get(121).created()).isFalse();
        assertThat(recorded.get(121).alert()).isEqualTo(recorded.get(7).alert());
        List<StoredAlert> log = alertLog().after(0, 1000);
        assertThat(log).hasSize(121);
        assertThat(log).extracting(s -> s.alert().fingerprint()).startsWith("f0", "f1", "f2").endsWith("f120");
        assertThat(log).extracting(StoredAlert::position).isSorted().doesNotHaveDuplicates();
    }

    @Test
    default void afterPagesThroughTheLogInPositionOrder() {
        for (int i = 0; i < 7; i++) {
            record(firing("prometheus-core", "p" + i, STARTS), Optional.empty());
        }
        List<StoredAlert> all = alertLog().after(0, 100);

        List<StoredAlert> first = alertLog().after(0, 3);
        List<StoredAlert> second = alertLog().after(first.get(2).position(), 3);
        List<StoredAlert> last = alertLog().after(second.get(2).position(), 3);

        assertThat(first).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(second).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(last).containsExactlyElementsOf(all.subList(6, 7));
        assertThat(alertLog().after(all.get(6).position(), 3)).isEmpty();
    }

    @Test
    default void anAlertRecordedInARolledBackTransactionVanishesAndMayBeRecordedAgain() {
        ReceivedAlert alert = firing("prometheus-core", "gone", STARTS);

        ContractSupport.rolledBack(transactions(), () -> alertLog().record(alert, Optional.empty(), RECEIVED));

        assertThat(alertLog().after(0, 10)).isEmpty();
        assertThat(record(alert, Optional.empty()).created()).isTrue();
    }

    @Test
    default void ofTwoConcurrentDeliveriesOfTheSameAlertOneRecordsItAndTheOtherAnswersIt() {
        ReceivedAlert alert = firing("prometheus-core", "storm", STARTS);
        List<AlertLog.Recorded> results = java.util.Collections.synchronizedList(new ArrayList<>());

        ContractSupport.committedAllAtOnce(transactions(), List.of(
                () -> results.add(alertLog().recordAll(List.of(new AlertLog.Mapped(alert, Optional.empty())),
                        RECEIVED).get(0)),
                () -> results.add(alertLog().recordAll(List.of(new AlertLog.Mapped(alert, Optional.empty())),
                        RECEIVED).get(0))));

        assertThat(alertLog().after(0, 10)).hasSize(1);
        assertThat(results).extracting(AlertLog.Recorded::created).containsExactlyInAnyOrder(true, false);
    }

    /**
     * What {@code after} returns is a prefix of what it returns later, also while a transaction
     * that recorded first is still open and another records after it: the correlator keeps the
     * last position it read and relies on this.
     */
    @Test
    default void aReadIsAlwaysAPrefixOfLaterReadsWhileAnEarlierRecordIsUncommitted() throws Exception {
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<?> early = threads.submit(() -> ContractSupport.committed(transactions(), () -> {
                alertLog().record(firing("prometheus-core", "early", STARTS), Optional.empty(), RECEIVED);
                recorded.countDown();
                awaitQuietly(commit);
            }));
            assertThat(recorded.await(ContractSupport.PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
            Future<?> late = threads.submit(() -> record(firing("prometheus-core", "late", STARTS), Optional.empty()));
            Thread.sleep(300);
            Future<List<StoredAlert>> meanwhile = threads.submit(() -> alertLog().after(0, 1000));
            Thread.sleep(300);
            commit.countDown();
            ContractSupport.result(early);
            ContractSupport.result(late);

            List<StoredAlert> after = alertLog().after(0, 1000);
            assertThat(after).extracting(s -> s.alert().fingerprint()).containsExactlyInAnyOrder("early", "late");
            List<StoredAlert> read = ContractSupport.result(meanwhile);
            assertThat(after.subList(0, read.size())).as("a later read starts with what was read meanwhile")
                    .containsExactlyElementsOf(read);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    default void aSearchListsNewestFirstBySourceItemStatusTimeAndForNoItemAndPagesBelowAPosition() {
        ReceivedAlert down = firing("prometheus-core", "s1", STARTS);
        StoredAlert first = record(down, Optional.of(HIS_DB)).alert();
        StoredAlert zabbix = record(firing("zabbix", "s2", STARTS), Optional.empty()).alert();
        StoredAlert back = transactions().inTransaction(() -> alertLog().record(resolved(down, STARTS.plusSeconds(90)),
                Optional.of(HIS_DB), RECEIVED.plusSeconds(100))).alert();

        assertThat(alertLog().search(AlertSearch.all(10))).containsExactly(back, zabbix, first);
        assertThat(alertLog().search(new AlertSearch(Optional.of("prometheus-core"), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), 10))).containsExactly(back, first);
        assertThat(alertLog().search(new AlertSearch(Optional.empty(), Optional.of(HIS_DB),
                Optional.of(AlertStatus.FIRING), Optional.empty(), false, Optional.empty(), 10))).containsExactly(first);
        assertThat(alertLog().search(new AlertSearch(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(RECEIVED.plusSeconds(1)), false, Optional.empty(), 10))).containsExactly(back);
        assertThat(alertLog().search(new AlertSearch(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), true, Optional.empty(), 10))).containsExactly(zabbix);
        assertThat(alertLog().search(new AlertSearch(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.of(back.position()), 1))).containsExactly(zabbix);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(ContractSupport.PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while holding a transaction open", interrupted);
        }
    }
}
