package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.contract.ContractSupport.committed;
import static org.itilhis.testkit.contract.ContractSupport.committedAllAtOnce;
import static org.itilhis.testkit.contract.ContractSupport.rolledBack;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.sla.ClockState;
import org.itilhis.core.sla.report.ClockStanding;
import org.itilhis.core.sla.report.HeldSegment;
import org.itilhis.core.sla.report.TicketStanding;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicelevel.out.SlaStandings;
import org.itilhis.ports.servicelevel.out.StoredStanding;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SlaStandings} must do: keep one standing per ticket exactly as put, to
 * the nanosecond (replacing the earlier one unless that has a higher ticket version, also when
 * writers race), hand a report every watched ticket's standing and those of the other tickets
 * raised in its range (from inclusive, to exclusive), count the watched ones, say from when
 * every ticket has one, and take part in the caller's transaction.
 *
 * <p>Implement it in a test class as shown for {@code TicketRepositoryContract}; each test
 * expects no standings. Range bounds here are whole microseconds: adapters may index the
 * raising instant to the microsecond only.
 */
public interface SlaStandingsContract {
    Instant MONDAY = Instant.parse("2026-03-02T01:00:00Z");

    /** The adapter under test, the same one throughout a test method. */
    SlaStandings standings();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void aNewStoreHoldsNoStandingAndCoversEveryTicketRaisedSinceTheEpoch() {
        assertThat(reported(MONDAY.minus(Duration.ofDays(3650)), MONDAY.plus(Duration.ofDays(3650)))).isEmpty();
        assertThat(standings().watched()).isZero();
        assertThat(standings().completeAfter()).isBeforeOrEqualTo(Instant.EPOCH);
    }

    @Test
    default void aStandingIsReadBackExactlyAsPut() {
        StoredStanding open = new StoredStanding(new TicketStanding(newTicket(), "HIS outpatient",
                MONDAY.plusNanos(123_456_789), Priority.P1,
                new ClockStanding(ClockState.MET, true, true, Optional.of(Duration.ofNanos(1_800_000_000_001L))),
                new ClockStanding(ClockState.RUNNING, false, true, Optional.empty()),
                ImmutableList.of(new HeldSegment(GroupId.of("desktop-first-line"), Duration.ofMinutes(42)),
                        new HeldSegment(GroupId.of("his,vendor 2"), Duration.ofNanos(7))),
                ImmutableSortedSet.of(2027, 2028), MONDAY.plus(Duration.ofHours(5)).plusNanos(999_999_999), true),
                true, 7, 3, Optional.of(MONDAY.plus(Duration.ofHours(6))));
        StoredStanding closed = new StoredStanding(new TicketStanding(newTicket(), "Desktop", MONDAY, Priority.P4,
                new ClockStanding(ClockState.BREACHED, true, true, Optional.of(Duration.ofHours(9))),
                new ClockStanding(ClockState.CANCELLED, true, false, Optional.empty()),
                ImmutableList.of(new HeldSegment(GroupId.of("desktop-first-line"), Duration.ZERO)),
                ImmutableSortedSet.of(), MONDAY.plus(Duration.ofDays(3)), false),
                false, 12, 0, Optional.empty());

        committed(transactions(), () -> {
            standings().put(open);
            standings().put(closed);
        });

        assertThat(reported(MONDAY, MONDAY.plusSeconds(1))).containsExactlyInAnyOrder(open, closed);
    }

    @Test
    default void aReportGetsEveryWatchedTicketAndTheOthersRaisedInItsRange() {
        StoredStanding watchedBefore = standing(newTicket(), MONDAY.minus(Duration.ofDays(40)), true, 1);
        StoredStanding watchedAfter = standing(newTicket(), MONDAY.plus(Duration.ofDays(40)), true, 1);
        StoredStanding atTheStart = standing(newTicket(), MONDAY, false, 1);
        StoredStanding justBeforeTheEnd = standing(newTicket(), MONDAY.plus(Duration.ofDays(31)).minusNanos(1_000),
                false, 1);
        StoredStanding atTheEnd = standing(newTicket(), MONDAY.plus(Duration.ofDays(31)), false, 1);
        StoredStanding justBeforeTheStart = standing(newTicket(), MONDAY.minusNanos(1_000), false, 1);
        committed(transactions(), () -> List.of(watchedBefore, watchedAfter, atTheStart, justBeforeTheEnd, atTheEnd,
                justBeforeTheStart).forEach(standings()::put));

        assertThat(reported(MONDAY, MONDAY.plus(Duration.ofDays(31))))
                .containsExactlyInAnyOrder(watchedBefore, watchedAfter, atTheStart, justBeforeTheEnd);
        assertThat(standings().watched()).isEqualTo(2);
    }

    @Test
    default void aReportsStandingsAmongSomeTicketsAreThoseOfThemItWouldRead() {
        StoredStanding watched = standing(newTicket(), MONDAY.minus(Duration.ofDays(40)), true, 1);
        StoredStanding inRange = standing(newTicket(), MONDAY.plus(Duration.ofDays(3)), false, 1);
        StoredStanding outOfRange = standing(newTicket(), MONDAY.minus(Duration.ofDays(3)), false, 1);
        StoredStanding notAsked = standing(newTicket(), MONDAY.plus(Duration.ofDays(4)), true, 1);
        committed(transactions(), () -> List.of(watched, inRange, outOfRange, notAsked).forEach(standings()::put));
        List<TicketId> among = new ArrayList<>(List.of(watched, inRange, outOfRange).stream()
                .map(s -> s.standing().ticketId()).toList());
        for (int i = 0; i < 2_500; i++) { // more than one batch of ids, also tickets without a standing
            among.add(newTicket());
        }

        List<StoredStanding> reported = new ArrayList<>();
        transactions().inTransaction(() -> {
            standings().forEachReported(MONDAY, MONDAY.plus(Duration.ofDays(31)), among, reported::add);
            return null;
        });

        assertThat(reported).containsExactlyInAnyOrder(watched, inRange);
    }

    @Test
    default void aStandingOfAnOlderTicketVersionDoesNotReplaceANewerOne() {
        TicketId ticket = newTicket();
        StoredStanding newer = standing(ticket, MONDAY, true, 5);
        committed(transactions(), () -> standings().put(newer));

        committed(transactions(), () -> standings().put(standing(ticket, MONDAY, false, 4)));
        assertThat(reported(MONDAY, MONDAY.plusSeconds(1))).containsExactly(newer);

        StoredStanding closed = standing(ticket, MONDAY, false, 5);
        committed(transactions(), () -> standings().put(closed));
        assertThat(reported(MONDAY, MONDAY.plusSeconds(1))).containsExactly(closed);
        assertThat(standings().watched()).isZero();
    }

    @Test
    default void ofConcurrentStandingsOfOneTicketTheNewestVersionStands() {
        int writers = 8;
        for (int round = 0; round < 4; round++) {
            TicketId ticket = newTicket();
            List<Runnable> puts = new ArrayList<>();
            for (long version = 1; version <= writers; version++) {
                StoredStanding standing = standing(ticket, MONDAY, version % 2 == 0, version);
                puts.add(() -> standings().put(standing));
            }
            committedAllAtOnce(transactions(), puts);

            assertThat(reported(MONDAY, MONDAY.plusSeconds(1)).stream()
                    .filter(s -> s.standing().ticketId().equals(ticket)).toList()).as("round %s", round)
                    .containsExactly(standing(ticket, MONDAY, true, writers));
        }
    }

    @Test
    default void standingsRollBackWithTheirTransaction() {
        TicketId ticket = newTicket();
        StoredStanding kept = standing(ticket, MONDAY, true, 1);
        committed(transactions(), () -> standings().put(kept));

        rolledBack(transactions(), () -> {
            standings().put(standing(ticket, MONDAY, false, 2));
            standings().put(standing(newTicket(), MONDAY, true, 1));
        });

        assertThat(reported(MONDAY, MONDAY.plusSeconds(1))).containsExactly(kept);
        assertThat(standings().watched()).isEqualTo(1);
    }

    private List<StoredStanding> reported(Instant from, Instant to) {
        List<StoredStanding> reported = new ArrayList<>();
        transactions().inTransaction(() -> {
            standings().forEachReported(from, to, reported::add);
            return null;
        });
        reported.sort(Comparator.comparing(s -> s.standing().ticketId().toString()));
        return reported;
    }

    private static TicketId newTicket() {
        return new TicketId(UUID.randomUUID());
    }

    /** A standing of a ticket raised at {@code raisedAt}, its version also its configuration version. */
    private static StoredStanding standing(TicketId ticket, Instant raisedAt, boolean watched, long version) {
        return new StoredStanding(new TicketStanding(ticket, "Desktop", raisedAt, Priority.P3,
                new ClockStanding(ClockState.RUNNING, false, false, Optional.empty()),
                new ClockStanding(ClockState.RUNNING, false, false, Optional.empty()),
                ImmutableList.of(new HeldSegment(GroupId.of("desktop-first-line"), Duration.ofMinutes(version))),
                ImmutableSortedSet.of(), raisedAt.plus(Duration.ofMinutes(version)), true),
                watched, version, version, watched ? Optional.of(raisedAt.plus(Duration.ofHours(4))) : Optional.empty());
    }
}
