package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.monitoring.AlertRejection;
import org.itilhis.core.monitoring.RejectionReason;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.monitoring.in.RejectionView;
import org.itilhis.ports.monitoring.out.AlertRejectionLog;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AlertRejectionLog} must do: keep each rejection whole (a long excerpt of a
 * body in any script), numbered increasing in the order kept, list them newest first a page at a
 * time, and undo a rolled-back record. Each test expects empty storage.
 */
public interface AlertRejectionLogContract {
    Instant AT = Instant.parse("2026-12-07T02:00:00.123456Z");

    AlertRejectionLog alertRejections();

    Transactions transactions();

    private static AlertRejection rejection(int i) {
        return new AlertRejection("zabbix", RejectionReason.MALFORMED, "/alerts/" + i + "/startsAt",
                "not an ISO-8601 instant", "{\"告警\":\"" + "长".repeat(1990) + i, AT.plusSeconds(i));
    }

    @Test
    default void rejectionsAreKeptWholeAndListedNewestFirstAPageAtATime() {
        ContractSupport.committed(transactions(), () -> alertRejections().record(List.of(rejection(1), rejection(2))));
        ContractSupport.committed(transactions(), () -> alertRejections().record(List.of(rejection(3))));

        List<RejectionView> all = alertRejections().before(Optional.empty(), 10);
        List<RejectionView> page = alertRejections().before(Optional.of(all.get(0).id()), 1);

        assertThat(all).extracting(RejectionView::rejection).containsExactly(rejection(3), rejection(2), rejection(1));
        assertThat(all).extracting(RejectionView::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(page).containsExactly(all.get(1));
    }

    @Test
    default void aRejectionKeptInARolledBackTransactionVanishes() {
        ContractSupport.rolledBack(transactions(), () -> alertRejections().record(List.of(rejection(1))));

        assertThat(alertRejections().before(Optional.empty(), 10)).isEmpty();
    }
}
