package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.ContractSupport.committed;
import static org.itilhis.testkit.contract.ContractSupport.committedAllAtOnce;
import static org.itilhis.testkit.contract.ContractSupport.rolledBack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.sla.ClockState;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicelevel.out.ClockWatch;
import org.itilhis.ports.servicelevel.out.SlaWatchList;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SlaWatchList} must do: keep one watch per ticket exactly as put
 * (replacing the earlier one unless that has a higher ticket version, also when writers
 * race), find the due watches earliest first up to a limit, list the
 * service-level queue of some statuses and groups in {@link ClockWatch#position()} order
 * page by page, page
 * through all watches in ticket id order (the id's text, which is the order of its UUID's
 * bytes), count them, keep the event log position and never move it back, and take part in the
 * caller's transaction.
 *
 * <p>Implement it in a test class as shown for {@code TicketRepositoryContract}; each test
 * expects an empty watch list at position 0. Instants here are whole microseconds: adapters
 * may index the next check time to the microsecond only.
 */
public interface SlaWatchListContract {
    Instant NOW = Instant.parse("2026-03-02T08:15:30.123456Z");

    /** The adapter under test, the same one throughout a test method. */
    SlaWatchList watches();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void theListStartsEmptyAtPositionZero() {
        assertThat(watches().position()).isZero();
        assertThat(watches().list(Optional.empty(), 10)).isEmpty();
        assertThat(watches().due(NOW.plus(Duration.ofDays(3650)), 10)).isEmpty();
        assertThat(watches().find(newTicket())).isEmpty();
        assertThat(watches().count()).isZero();
    }

    @Test
    default void aWatchIsFoundExactlyAsPut() {
        ClockWatch watch = watch(newTicket(), Optional.of(NOW.plusSeconds(450)));
        ClockWatch stopped = new ClockWatch(newTicket(), TicketNumber.parse("REQ-2026-000042"), "HIS outpatient",
                Priority.P5, DemoHospital.HIS_VENDOR, TicketStatus.RESOLVED, ClockState.MET, ClockState.MET, Optional.empty(),
                Optional.empty(), false, 9, Instant.parse("2026-12-31T23:59:59.999999999Z"));

        committed(transactions(), () -> {
            watches().put(watch);
            watches().put(stopped);
        });

        assertThat(watches().find(watch.ticketId())).contains(watch);
        assertThat(watches().find(stopped.ticketId())).contains(stopped);
    }

    /**
     * The candidates of the at-risk list: watches at risk when measured, whenever they are next
     * due or if no clock runs, and watches due by the instant asked about, in ticket id order,
     * paged.
     */
    @Test
    default void theWatchesAtRiskOrDueAreThoseMeasuredAtRiskAndThoseDueByNow() {
        ClockWatch atRiskPaused = watch(newTicket(), Optional.empty()).withAtRisk(true);
        ClockWatch atRiskLater = watch(newTicket(), Optional.of(NOW.plusSeconds(3600))).withAtRisk(true);
        ClockWatch dueNow = watch(newTicket(), Optional.of(NOW));
        ClockWatch dueLater = watch(newTicket(), Optional.of(NOW.plusSeconds(1)));
        ClockWatch paused = watch(newTicket(), Optional.empty());
        committed(transactions(), () -> List.of(atRiskPaused, atRiskLater, dueNow, dueLater, paused)
                .forEach(watches()::put));
        List<ClockWatch> expected = Stream.of(atRiskPaused, atRiskLater, dueNow)
                .sorted(Comparator.comparing(w -> w.ticketId().toString())).toList();

        assertThat(watches().atRiskOrDue(NOW, Optional.empty(), 10)).containsExactlyElementsOf(expected);
        assertThat(watches().atRiskOrDue(NOW, Optional.empty(), 2)).containsExactlyElementsOf(expected.subList(0, 2));
        assertThat(watches().atRiskOrDue(NOW, Optional.of(expected.get(1).ticketId()), 10))
                .containsExactly(expected.get(2));
        assertThat(watches().atRiskOrDue(NOW.plusSeconds(1), Optional.empty(), 10)).hasSize(4).contains(dueLater);
    }

    @Test
    default void aWatchReplacesTheTicketsEarlierOne() {
        TicketId ticket = newTicket();
        committed(transactions(), () -> watches().put(watch(ticket, Optional.of(NOW))));
        ClockWatch later = new ClockWatch(ticket, number(1), "network", Priority.P1, DemoHospital.NETWORK,
                TicketStatus.IN_PROGRESS, ClockState.MET, ClockState.BREACHED, Optional.of(NOW.plusSeconds(60)),
                Optional.of(NOW.plusSeconds(3600)), true, 2, NOW.plusSeconds(10));

        committed(transactions(), () -> watches().put(later));

        assertThat(watches().find(ticket)).contains(later);
        assertThat(watches().list(Optional.empty(), 10)).containsExactly(later);
        assertThat(watches().due(NOW, 10)).as("no longer due at the old time").isEmpty();
    }

    @Test
    default void aWatchOfAnOlderTicketVersionDoesNotReplaceANewerOne() {
        TicketId ticket = newTicket();
        ClockWatch resumed = watch(ticket, Optional.of(NOW), 6, NOW);
        ClockWatch pausedMeasuredLate = watch(ticket, Optional.empty(), 5, NOW.plusSeconds(1));
        committed(transactions(), () -> watches().put(resumed));

        committed(transactions(), () -> watches().put(pausedMeasuredLate));

        assertThat(watches().find(ticket)).contains(resumed);
        assertThat(watches().due(NOW, 10)).as("still due, the escalation is not missed").containsExactly(resumed);
        assertThat(watches().list(Optional.empty(), 10)).containsExactly(resumed);
    }

    @Test
    default void aWatchOfAnEqualOrNewerTicketVersionReplacesTheStoredOne() {
        TicketId ticket = newTicket();
        committed(transactions(), () -> watches().put(watch(ticket, Optional.of(NOW), 3, NOW)));
        ClockWatch remeasured = watch(ticket, Optional.of(NOW.plusSeconds(30)), 3, NOW.plusSeconds(20));

        committed(transactions(), () -> watches().put(remeasured));
        assertThat(watches().find(ticket)).as("the same history measured later").contains(remeasured);

        ClockWatch paused = watch(ticket, Optional.empty(), 4, NOW.plusSeconds(20));
        committed(transactions(), () -> watches().put(paused));
        assertThat(watches().find(ticket)).contains(paused);
        assertThat(watches().due(NOW.plusSeconds(60), 10)).isEmpty();
    }

    @Test
    default void ofConcurrentPutsOfOneTicketTheNewestVersionStands() {
        int writers = 8;
        for (int round = 0; round < 4; round++) {
            TicketId ticket = newTicket();
            List<Runnable> puts = new ArrayList<>();
            for (long version = 1; version <= writers; version++) {
                ClockWatch watch = watch(ticket, Optional.of(NOW.plusSeconds(version)), version, NOW);
                puts.add(() -> watches().put(watch));
            }
            committedAllAtOnce(transactions(), puts);

            assertThat(watches().find(ticket)).as("round %s", round)
                    .contains(watch(ticket, Optional.of(NOW.plusSeconds(writers)), writers, NOW));
        }
    }

    @Test
    default void aRemovedWatchIsGoneAndRemovingAnUnwatchedTicketDoesNothing() {
        ClockWatch kept = watch(newTicket(), Optional.of(NOW));
        ClockWatch removed = watch(newTicket(), Optional.of(NOW));
        committed(transactions(), () -> {
            watches().put(kept);
            watches().put(removed);
        });

        committed(transactions(), () -> {
            watches().remove(removed.ticketId());
            watches().remove(newTicket());
        });

        assertThat(watches().find(removed.ticketId())).isEmpty();
        assertThat(watches().list(Optional.empty(), 10)).containsExactly(kept);
        assertThat(watches().due(NOW, 10)).containsExactly(kept);
        assertThat(watches().count()).isEqualTo(1);
    }

    @Test
    default void dueWatchesAreThoseCheckedAtOrBeforeNowEarliestFirstUpToTheLimit() {
        ClockWatch late = watch(newTicket(), Optional.of(NOW));
        ClockWatch earliest = watch(newTicket(), Optional.of(NOW.minus(Duration.ofDays(2))));
        ClockWatch early = watch(newTicket(), Optional.of(NOW.minusNanos(1_000)));
        ClockWatch future = watch(newTicket(), Optional.of(NOW.plusNanos(1_000)));
        ClockWatch stopped = watch(newTicket(), Optional.empty());
        committed(transactions(), () -> List.of(late, future, earliest, stopped, early).forEach(watches()::put));

        assertThat(watches().due(NOW, 10)).containsExactly(earliest, early, late);
        assertThat(watches().due(NOW, 2)).containsExactly(earliest, early);
        assertThat(watches().due(NOW.minusSeconds(1), 10)).containsExactly(earliest);
        assertThat(watches().due(NOW.plusSeconds(1), 10)).containsExactly(earliest, early, late, future);
    }

    @Test
    default void everyWatchIsListedOnceInTicketIdOrderPageByPage() {
        List<ClockWatch> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(watch(newTicket(), i % 3 == 0 ? Optional.empty() : Optional.of(NOW.plusSeconds(i))));
        }
        committed(transactions(), () -> all.forEach(watches()::put));
        List<ClockWatch> inIdOrder = all.stream().sorted(Comparator.comparing(w -> w.ticketId().toString())).toList();

        List<ClockWatch> paged = new ArrayList<>();
        List<ClockWatch> page = watches().list(Optional.empty(), 3);
        while (!page.isEmpty()) {
            assertThat(page).hasSizeLessThanOrEqualTo(3);
            paged.addAll(page);
            page = watches().list(Optional.of(page.get(page.size() - 1).ticketId()), 3);
        }

        assertThat(paged).containsExactlyElementsOf(inIdOrder);
        assertThat(watches().list(Optional.of(inIdOrder.get(6).ticketId()), 3)).isEmpty();
        assertThat(watches().list(Optional.of(inIdOrder.get(1).ticketId()), 2))
                .containsExactly(inIdOrder.get(2), inIdOrder.get(3));
    }

    @Test
    default void theQueueOrdersByPriorityThenDeadlineThenNumberWithoutADeadlineLast() {
        Optional<Instant> soon = Optional.of(NOW.plusSeconds(600));
        Optional<Instant> later = Optional.of(NOW.plus(Duration.ofDays(2)));
        ClockWatch p2Later = queued(1, Priority.P2, DemoHospital.DESKTOP, TicketStatus.ASSIGNED, later);
        ClockWatch p2Paused = queued(2, Priority.P2, DemoHospital.DESKTOP, TicketStatus.ON_HOLD, Optional.empty());
        ClockWatch p2Soon = queued(1_000_000, Priority.P2, DemoHospital.NETWORK, TicketStatus.IN_PROGRESS, soon);
        ClockWatch p2SoonSmallerNumber = queued(999_999, Priority.P2, DemoHospital.DESKTOP, TicketStatus.NEW, soon);
        ClockWatch p1Later = queued(3, Priority.P1, DemoHospital.NETWORK, TicketStatus.ASSIGNED, later);
        ClockWatch p4Soon = queued(4, Priority.P4, DemoHospital.DESKTOP, TicketStatus.REOPENED, soon);
        ClockWatch resolved = queued(5, Priority.P1, DemoHospital.DESKTOP, TicketStatus.RESOLVED, soon);
        committed(transactions(), () -> List.of(p2Later, p2Paused, p2Soon, p2SoonSmallerNumber, p1Later, p4Soon,
                resolved).forEach(watches()::put));
        Set<TicketStatus> open = EnumSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
                TicketStatus.ON_HOLD, TicketStatus.REOPENED);

        assertThat(watches().queue(open, Set.of(), Optional.empty(), 10))
                .containsExactly(p1Later, p2SoonSmallerNumber, p2Soon, p2Later, p2Paused, p4Soon);
        assertThat(watches().queue(open, Set.of(DemoHospital.DESKTOP), Optional.empty(), 10))
                .containsExactly(p2SoonSmallerNumber, p2Later, p2Paused, p4Soon);
        assertThat(watches().queue(EnumSet.of(TicketStatus.RESOLVED, TicketStatus.ON_HOLD), Set.of(), Optional.empty(),
                10)).containsExactly(resolved, p2Paused);
        assertThat(watches().queue(Set.of(), Set.of(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    default void theQueuePagesAfterAPosition() {
        List<ClockWatch> queue = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            queue.add(queued(10 + i, i < 3 ? Priority.P2 : Priority.P3, DemoHospital.DESKTOP, TicketStatus.ASSIGNED,
                    i % 3 == 2 ? Optional.empty() : Optional.of(NOW.plusSeconds(60L * (i % 3)))));
        }
        committed(transactions(), () -> queue.forEach(watches()::put));
        Set<TicketStatus> assigned = EnumSet.of(TicketStatus.ASSIGNED);

        List<ClockWatch> paged = new ArrayList<>();
        List<ClockWatch> page = watches().queue(assigned, Set.of(), Optional.empty(), 3);
        while (!page.isEmpty()) {
            paged.addAll(page);
            page = watches().queue(assigned, Set.of(), Optional.of(page.get(page.size() - 1).position()), 3);
        }

        assertThat(paged).containsExactlyElementsOf(queue.stream().sorted(Comparator.comparing(ClockWatch::position))
                .toList());
        assertThat(paged).extracting(ClockWatch::position).isSorted();
    }

    @Test
    default void thePositionAdvancesAndNeverGoesBack() {
        committed(transactions(), () -> watches().advanceTo(5));
        committed(transactions(), () -> watches().advanceTo(5));
        assertThat(watches().position()).isEqualTo(5);

        assertThatThrownBy(() -> committed(transactions(), () -> watches().advanceTo(4)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(watches().position()).isEqualTo(5);
        committed(transactions(), () -> watches().advanceTo(1_000_000_000_000L));
        assertThat(watches().position()).isEqualTo(1_000_000_000_000L);
    }

    @Test
    default void writesRollBackWithTheirTransaction() {
        ClockWatch kept = watch(newTicket(), Optional.of(NOW));
        ClockWatch replaced = watch(newTicket(), Optional.of(NOW));
        committed(transactions(), () -> {
            watches().put(kept);
            watches().put(replaced);
            watches().advanceTo(7);
        });
        ClockWatch added = watch(newTicket(), Optional.of(NOW));

        rolledBack(transactions(), () -> {
            watches().put(added);
            watches().remove(kept.ticketId());
            watches().put(watch(replaced.ticketId(), Optional.empty()));
            watches().advanceTo(12);
            assertThat(watches().position()).as("seen by its own transaction").isEqualTo(12);
        });

        assertThat(watches().position()).isEqualTo(7);
        assertThat(watches().find(added.ticketId())).isEmpty();
        assertThat(watches().find(kept.ticketId())).contains(kept);
        assertThat(watches().find(replaced.ticketId())).contains(replaced);
    }

    private static TicketId newTicket() {
        return new TicketId(UUID.randomUUID());
    }

    private static TicketNumber number(long sequence) {
        return TicketNumber.parse(String.format("INC-2026-%06d", sequence));
    }

    private static ClockWatch watch(TicketId ticket, Optional<Instant> nextCheckAt) {
        return watch(ticket, nextCheckAt, 1, NOW);
    }

    /** A watch of {@code ticket} measured at {@code measuredAt} from the ticket's first {@code version} events. */
    private static ClockWatch watch(TicketId ticket, Optional<Instant> nextCheckAt, long version, Instant measuredAt) {
        return new ClockWatch(ticket, number(Math.abs(ticket.value().getLeastSignificantBits() % 999_999) + 1),
                "desktop and printers", Priority.P3, DemoHospital.DESKTOP, TicketStatus.ASSIGNED, ClockState.RUNNING,
                ClockState.PAUSED, Optional.of(NOW.plus(Duration.ofHours(16))), nextCheckAt, false, version, measuredAt);
    }

    private static ClockWatch queued(long sequence, Priority priority, GroupId group, TicketStatus status,
                                     Optional<Instant> deadline) {
        return new ClockWatch(newTicket(), number(sequence), "desktop and printers", priority, group, status,
                ClockState.MET, deadline.isPresent() ? ClockState.RUNNING : ClockState.PAUSED, deadline,
                deadline.map(at -> at.minusSeconds(60)), false, 1, NOW);
    }
}
