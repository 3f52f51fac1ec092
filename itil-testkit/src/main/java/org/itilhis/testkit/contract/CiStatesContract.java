package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.monitoring.AlertSeverity;
import org.itilhis.core.monitoring.AlertStanding;
import org.itilhis.core.monitoring.AlertStatus;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.monitoring.in.ObservedOutage;
import org.itilhis.ports.monitoring.out.CiStateNow;
import org.itilhis.ports.monitoring.out.CiStates;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CiStates} must do: keep one standing per alert, list an item's firing alerts,
 * keep the current state of items not operational (paged in id order) and their history as
 * periods that end where the next begins; and forget what a rolled-back transaction wrote. Each
 * test expects an empty store.
 */
public interface CiStatesContract {
    CiStates states();

    Transactions transactions();

    Instant T0 = Instant.parse("2027-03-01T02:00:00Z");
    CiId SWITCH = new CiId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    CiId SERVER = new CiId(UUID.fromString("00000000-0000-4000-8000-000000000002"));
    CiId PACS = new CiId(UUID.fromString("a0000000-0000-4000-8000-000000000003"));

    private void write(Runnable work) {
        transactions().inTransaction(() -> {
            work.run();
            return null;
        });
    }

    private static AlertStanding standing(String fingerprint, CiId ci, AlertStatus status, AlertSeverity severity,
                                          Instant at, long position) {
        return new AlertStanding("prometheus-core", fingerprint, ci, "HostDown 主机宕机", status, severity, at, position);
    }

    @Test
    default void anAlertStandsOnceAsItsLatestCountedDeliverySaysAndItsItemListsItWhileFiring() {
        assertThat(states().standing("prometheus-core", "a1")).isEmpty();
        AlertStanding firing = standing("a1", SERVER, AlertStatus.FIRING, AlertSeverity.CRITICAL, T0, 7);
        write(() -> states().stand(firing));
        write(() -> states().stand(standing("a2", SERVER, AlertStatus.FIRING, AlertSeverity.WARNING, T0, 8)));
        write(() -> states().stand(standing("a3", SWITCH, AlertStatus.FIRING, AlertSeverity.WARNING, T0, 9)));

        assertThat(states().standing("prometheus-core", "a1")).contains(firing);
        assertThat(states().firingOn(SERVER)).extracting(AlertStanding::fingerprint).containsExactly("a1", "a2");

        AlertStanding resolved = standing("a1", SERVER, AlertStatus.RESOLVED, AlertSeverity.CRITICAL,
                T0.plusSeconds(60), 12);
        write(() -> states().stand(resolved));

        assertThat(states().standing("prometheus-core", "a1")).contains(resolved);
        assertThat(states().firingOn(SERVER)).extracting(AlertStanding::fingerprint).containsExactly("a2");
        assertThat(states().firingOn(PACS)).isEmpty();
    }

    @Test
    default void anItemsStateChangesEndItsPeriodWhereTheNextBeginsAndOperationalEndsIt() {
        write(() -> states().change(SERVER, OperationalState.DEGRADED, T0, "alert 1 prometheus-core PingLoss"));
        write(() -> states().change(SERVER, OperationalState.DOWN, T0.plusSeconds(60), "alert 2 prometheus-core HostDown"));

        assertThat(states().current(SERVER)).contains(new CiStateNow(SERVER, OperationalState.DOWN, T0.plusSeconds(60),
                "alert 2 prometheus-core HostDown"));

        write(() -> states().change(SERVER, OperationalState.OPERATIONAL, T0.plusSeconds(300), "alert 3 recovered"));

        assertThat(states().current(SERVER)).isEmpty();
        assertThat(states().periods(Set.of(SERVER), T0.minusSeconds(3600), T0.plusSeconds(3600))).containsExactly(
                new ObservedOutage(SERVER, OperationalState.DEGRADED, T0, Optional.of(T0.plusSeconds(60)),
                        "alert 1 prometheus-core PingLoss"),
                new ObservedOutage(SERVER, OperationalState.DOWN, T0.plusSeconds(60), Optional.of(T0.plusSeconds(300)),
                        "alert 2 prometheus-core HostDown"));
    }

    @Test
    default void periodsAreThoseOverlappingTheStretchByItemThenStartAndAnOpenOneHasNoEnd() {
        write(() -> states().change(PACS, OperationalState.DOWN, T0, "p1"));
        write(() -> states().change(SERVER, OperationalState.DOWN, T0, "s1"));
        write(() -> states().change(SERVER, OperationalState.OPERATIONAL, T0.plusSeconds(60), "s2"));
        write(() -> states().change(SERVER, OperationalState.DEGRADED, T0.plusSeconds(600), "s3"));

        assertThat(states().periods(Set.of(), T0.plusSeconds(30), T0.plusSeconds(3600)))
                .extracting(ObservedOutage::ci, ObservedOutage::reference, ObservedOutage::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SERVER, "s1", Optional.of(T0.plusSeconds(60))),
                        org.assertj.core.groups.Tuple.tuple(SERVER, "s3", Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple(PACS, "p1", Optional.empty()));
        assertThat(states().periods(Set.of(SERVER), T0.plusSeconds(60), T0.plusSeconds(600))).isEmpty();
        assertThat(states().periods(Set.of(PACS), T0.plusSeconds(60), T0.plusSeconds(600)))
                .extracting(ObservedOutage::reference).containsExactly("p1");
    }

    @Test
    default void theItemsNotOperationalArePagedInIdOrder() {
        write(() -> states().change(PACS, OperationalState.DOWN, T0, "p1"));
        write(() -> states().change(SWITCH, OperationalState.DEGRADED, T0, "w1"));
        write(() -> states().change(SERVER, OperationalState.DOWN, T0, "s1"));

        List<CiStateNow> first = states().notOperational(Optional.empty(), 2);
        List<CiStateNow> rest = states().notOperational(Optional.of(first.get(1).ci()), 2);

        assertThat(first).extracting(CiStateNow::ci).containsExactly(SWITCH, SERVER);
        assertThat(rest).extracting(CiStateNow::ci).containsExactly(PACS);
    }

    @Test
    default void statesARolledBackTransactionWroteAreForgotten() {
        write(() -> states().change(SERVER, OperationalState.DEGRADED, T0, "s1"));

        ContractSupport.rolledBack(transactions(), () -> {
            states().stand(standing("a1", SERVER, AlertStatus.FIRING, AlertSeverity.CRITICAL, T0, 7));
            states().change(SERVER, OperationalState.DOWN, T0.plusSeconds(5), "s2");
        });

        assertThat(states().standing("prometheus-core", "a1")).isEmpty();
        assertThat(states().current(SERVER)).map(CiStateNow::state).contains(OperationalState.DEGRADED);
        assertThat(states().periods(Set.of(), T0, T0.plusSeconds(60))).singleElement()
                .extracting(ObservedOutage::end).isEqualTo(Optional.empty());
    }
}
