package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.ContractSupport.committed;
import static org.itilhis.testkit.contract.ContractSupport.committedAllAtOnce;
import static org.itilhis.testkit.contract.ContractSupport.rolledBack;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.workload.OperationsWork;
import org.itilhis.core.workload.WorkCounts;
import org.itilhis.core.workload.WorkedInterval;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.reporting.out.DailyFact;
import org.itilhis.ports.reporting.out.FactBatch;
import org.itilhis.ports.reporting.out.FactFilter;
import org.itilhis.ports.reporting.out.FactSlice;
import org.itilhis.ports.reporting.out.FactSum;
import org.itilhis.ports.reporting.out.IntervalFact;
import org.itilhis.ports.reporting.out.WorkTrack;
import org.itilhis.ports.reporting.out.WorkloadFacts;
import org.itilhis.ports.reporting.out.WorkloadFacts.Dimension;
import org.itilhis.ports.reporting.out.WorkloadFacts.PositionMovedException;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkloadFacts} must do: add a batch's counters to its slices and move the
 * position, all or nothing and only from the position it was read at (so two writers from one
 * position apply once), sum the facts of the days asked for per dimension, of an engineer or of
 * some groups, hand out the intervals asked for by engineer then start, keep each ticket's track
 * exactly as put, forget everything on {@link WorkloadFacts#clear()}, and take part in the
 * caller's transaction.
 *
 * <p>Implement it in a test class as shown for {@code TicketRepositoryContract}; each test
 * expects empty facts at position 0.
 */
public interface WorkloadFactsContract {
    StaffId LIU = StaffId.of("E2001");
    StaffId WANG = StaffId.of("E2002");
    LocalDate MARCH_1 = LocalDate.parse("2026-03-01");
    LocalDate MARCH_31 = LocalDate.parse("2026-03-31");
    LocalDate APRIL_1 = LocalDate.parse("2026-04-01");

    /** The adapter under test, the same one throughout a test method. */
    WorkloadFacts facts();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void theFactsStartEmptyAtPositionZero() {
        assertThat(inTx(() -> facts().position())).isZero();
        for (Dimension by : Dimension.values()) {
            assertThat(inTx(() -> facts().sums(FactFilter.all(MARCH_1, APRIL_1), by))).isEmpty();
        }
        assertThat(intervals(FactFilter.all(MARCH_1, APRIL_1))).isEmpty();
        assertThat(inTx(() -> facts().tracks(List.of("t-1")))).isEmpty();
    }

    @Test
    default void everyCounterIsKeptExactlyAndBatchesAddUp() {
        FactSlice slice = slice(MARCH_1, LIU, "desktop", "IT", "cardiology");
        WorkCounts distinct = new WorkCounts(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);

        apply(batch(0, 5, List.of(new DailyFact(slice, distinct))));
        apply(batch(5, 9, List.of(new DailyFact(slice, WorkCounts.oneResolved()))));

        assertThat(inTx(() -> facts().position())).isEqualTo(9);
        assertThat(inTx(() -> facts().sums(FactFilter.all(MARCH_1, APRIL_1), Dimension.ENGINEER)))
                .containsExactly(new FactSum("E2001", distinct.plus(WorkCounts.oneResolved())));
    }

    @Test
    default void everyOperationsCounterIsKeptExactlyAndAddsUpOverEngineersGroupsAndMonthsWithTheSystemsMissedRounds() {
        FactSlice liu = slice(MARCH_1, LIU, "desktop", "IT", "");
        FactSlice noOne = slice(MARCH_31, Actor.SYSTEM_ID, "desktop", "", "");
        WorkCounts distinct = new WorkCounts(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
                new OperationsWork(21, 15, 0, 23, 24, 25, 26, 27));
        WorkCounts missed = WorkCounts.of(OperationsWork.oneRoundMissed());

        apply(batch(0, 5, List.of(new DailyFact(liu, distinct), new DailyFact(noOne, missed))));
        apply(batch(5, 9, List.of(new DailyFact(liu, WorkCounts.of(OperationsWork.oneRoundRecorded(true))),
                new DailyFact(noOne, missed))));

        WorkCounts liusWork = distinct.plus(WorkCounts.of(OperationsWork.oneRoundRecorded(true)));
        WorkCounts noOnesWork = missed.plus(missed);
        FactFilter march = FactFilter.all(MARCH_1, APRIL_1);
        assertThat(inTx(() -> facts().sums(march, Dimension.ENGINEER))).containsExactly(
                new FactSum("E2001", liusWork), new FactSum(Actor.SYSTEM_ID.value(), noOnesWork));
        assertThat(inTx(() -> facts().sums(march, Dimension.GROUP))).containsExactly(
                new FactSum("desktop", liusWork.plus(noOnesWork)));
        assertThat(inTx(() -> facts().sumsByEveryDimension(march)).get(Dimension.MONTH)).containsExactly(
                new FactSum("2026-03-01", liusWork.plus(noOnesWork)));
        assertThat(liusWork.plus(noOnesWork).operations()).isEqualTo(new OperationsWork(22, 16, 2, 23, 24, 25, 26, 27));
    }

    @Test
    default void sumsGroupTheFactsOfTheDaysAskedForByEachDimensionInKeyOrder() {
        apply(batch(0, 3, List.of(
                new DailyFact(slice(MARCH_1, LIU, "desktop", "IT", "cardiology"), WorkCounts.oneAccepted()),
                new DailyFact(slice(MARCH_31, LIU, "network", "IT", "radiology"), WorkCounts.oneResolved()),
                new DailyFact(slice(MARCH_31, WANG, "desktop", "IT-2", "radiology"), WorkCounts.oneEscalated()),
                new DailyFact(slice(APRIL_1, WANG, "desktop", "IT-2", "radiology"), WorkCounts.oneReopened()))));
        FactFilter march = FactFilter.all(MARCH_1, APRIL_1);

        assertThat(inTx(() -> facts().sums(march, Dimension.ENGINEER))).containsExactly(
                new FactSum("E2001", WorkCounts.oneAccepted().plus(WorkCounts.oneResolved())),
                new FactSum("E2002", WorkCounts.oneEscalated()));
        assertThat(inTx(() -> facts().sums(march, Dimension.GROUP))).containsExactly(
                new FactSum("desktop", WorkCounts.oneAccepted().plus(WorkCounts.oneEscalated())),
                new FactSum("network", WorkCounts.oneResolved()));
        assertThat(inTx(() -> facts().sums(march, Dimension.ENGINEER_DEPARTMENT))).containsExactly(
                new FactSum("IT", WorkCounts.oneAccepted().plus(WorkCounts.oneResolved())),
                new FactSum("IT-2", WorkCounts.oneEscalated()));
        assertThat(inTx(() -> facts().sums(march, Dimension.CALLER_DEPARTMENT))).containsExactly(
                new FactSum("cardiology", WorkCounts.oneAccepted()),
                new FactSum("radiology", WorkCounts.oneResolved().plus(WorkCounts.oneEscalated())));
        assertThat(inTx(() -> facts().sums(FactFilter.all(MARCH_1, LocalDate.parse("2026-04-02")), Dimension.MONTH)))
                .containsExactly(
                        new FactSum("2026-03-01", WorkCounts.oneAccepted().plus(WorkCounts.oneResolved())
                                .plus(WorkCounts.oneEscalated())),
                        new FactSum("2026-04-01", WorkCounts.oneReopened()));
    }

    @Test
    default void sumsByEveryDimensionAreEachDimensionsSumsAlsoForAnEngineerOrSomeGroups() {
        apply(batch(0, 4, List.of(
                new DailyFact(slice(MARCH_1, LIU, "desktop", "IT", "cardiology"), WorkCounts.oneAccepted()),
                new DailyFact(slice(MARCH_31, LIU, "network", "IT", "radiology"), WorkCounts.oneResolved()),
                new DailyFact(slice(MARCH_31, WANG, "desktop", "IT-2", "radiology"), WorkCounts.oneEscalated()),
                new DailyFact(slice(MARCH_31, WANG, "", "", ""), WorkCounts.oneContactLogged()),
                new DailyFact(slice(APRIL_1, WANG, "desktop", "IT-2", "radiology"), WorkCounts.oneReopened()))));
        FactFilter twoMonths = FactFilter.all(MARCH_1, LocalDate.parse("2026-04-02"));

        for (FactFilter filter : List.of(twoMonths, twoMonths.ofEngineer(WANG), twoMonths.ofGroups(List.of("desktop", "")),
                twoMonths.ofGroups(List.of()))) {
            Map<Dimension, List<FactSum>> all = inTx(() -> facts().sumsByEveryDimension(filter));
            assertThat(all.keySet()).containsExactlyInAnyOrder(Dimension.values());
            for (Dimension by : Dimension.values()) {
                assertThat(all.get(by)).as("%s by %s", filter, by).containsExactlyElementsOf(inTx(() -> facts()
                        .sums(filter, by)));
            }
        }
        assertThat(inTx(() -> facts().sumsByEveryDimension(twoMonths)).get(Dimension.GROUP)).containsExactly(
                new FactSum("", WorkCounts.oneContactLogged()),
                new FactSum("desktop", WorkCounts.oneAccepted().plus(WorkCounts.oneEscalated())
                        .plus(WorkCounts.oneReopened())),
                new FactSum("network", WorkCounts.oneResolved()));
    }

    @Test
    default void sumsOfAnEngineerOrOfSomeGroupsLeaveTheOthersOut() {
        apply(batch(0, 3, List.of(
                new DailyFact(slice(MARCH_1, LIU, "desktop", "IT", "cardiology"), WorkCounts.oneAccepted()),
                new DailyFact(slice(MARCH_1, LIU, "network", "IT", "cardiology"), WorkCounts.oneResolved()),
                new DailyFact(slice(MARCH_1, WANG, "", "IT", "cardiology"), WorkCounts.oneContactLogged()))));
        FactFilter march = FactFilter.all(MARCH_1, APRIL_1);

        assertThat(inTx(() -> facts().sums(march.ofEngineer(WANG), Dimension.GROUP)))
                .containsExactly(new FactSum("", WorkCounts.oneContactLogged()));
        assertThat(inTx(() -> facts().sums(march.ofGroups(List.of("network", "")), Dimension.ENGINEER)))
                .containsExactly(new FactSum("E2001", WorkCounts.oneResolved()),
                        new FactSum("E2002", WorkCounts.oneContactLogged()));
        assertThat(inTx(() -> facts().sums(march.ofGroups(List.of()), Dimension.ENGINEER))).isEmpty();
        assertThat(inTx(() -> facts().sums(march.ofGroups(List.of("desktop")).ofEngineer(WANG), Dimension.ENGINEER)))
                .isEmpty();
    }

    @Test
    default void intervalsOfTheDaysAskedForComeByEngineerThenStart() {
        Instant nine = Instant.parse("2026-03-02T01:00:00Z");
        IntervalFact late = interval(7, slice(MARCH_1.plusDays(1), LIU, "desktop", "IT", "cardiology"), nine, 90);
        IntervalFact early = interval(8, slice(MARCH_1, LIU, "network", "IT", "radiology"), nine.minus(Duration.ofDays(1)), 30);
        IntervalFact other = interval(6, slice(MARCH_1, WANG, "desktop", "IT", "radiology"), nine, 15);
        IntervalFact april = interval(9, slice(APRIL_1, WANG, "desktop", "IT", "radiology"), nine, 15);
        apply(new FactBatch(0, 9, ImmutableList.of(), ImmutableList.of(late, early, other, april), ImmutableList.of()));

        assertThat(intervals(FactFilter.all(MARCH_1, APRIL_1))).containsExactly(early, late, other);
        assertThat(intervals(FactFilter.all(MARCH_1, APRIL_1).ofGroups(List.of("desktop")))).containsExactly(late, other);
        assertThat(intervals(FactFilter.all(MARCH_1, APRIL_1).ofEngineer(WANG))).containsExactly(other);
    }

    @Test
    default void aTrackIsFoundExactlyAsLastPut() {
        WorkTrack raised = new WorkTrack("t-1", "desktop", "cardiology", 0, false, Optional.empty());
        WorkTrack resolved = new WorkTrack("t-1", "network", "cardiology", 2, true,
                Optional.of(new WorkTrack.Resolver(LIU, "network", "IT")));
        WorkTrack contact = new WorkTrack("c-1", "", "", 0, false, Optional.empty());

        apply(new FactBatch(0, 1, ImmutableList.of(), ImmutableList.of(), ImmutableList.of(raised, contact)));
        apply(new FactBatch(1, 2, ImmutableList.of(), ImmutableList.of(), ImmutableList.of(resolved)));

        assertThat(inTx(() -> facts().tracks(List.of("t-1", "c-1", "t-2"))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("t-1", resolved, "c-1", contact));
    }

    @Test
    default void aBatchFromAPositionThatMovedIsRefusedAndChangesNothing() {
        FactSlice slice = slice(MARCH_1, LIU, "desktop", "IT", "cardiology");
        apply(batch(0, 4, List.of(new DailyFact(slice, WorkCounts.oneAccepted()))));

        assertThatThrownBy(() -> apply(batch(2, 6, List.of(new DailyFact(slice, WorkCounts.oneResolved())))))
                .isInstanceOfSatisfying(PositionMovedException.class, e -> {
                    assertThat(e.expected()).isEqualTo(2);
                    assertThat(e.stored()).isEqualTo(4);
                });
        assertThatThrownBy(() -> apply(batch(0, 6, List.of(new DailyFact(slice, WorkCounts.oneResolved())))))
                .isInstanceOf(PositionMovedException.class);

        assertThat(inTx(() -> facts().position())).isEqualTo(4);
        assertThat(inTx(() -> facts().sums(FactFilter.all(MARCH_1, APRIL_1), Dimension.ENGINEER)))
                .containsExactly(new FactSum("E2001", WorkCounts.oneAccepted()));
    }

    @Test
    default void ofTwoWritersFromTheSamePositionOnlyOneApplies() {
        FactSlice slice = slice(MARCH_1, LIU, "desktop", "IT", "cardiology");
        AtomicInteger refused = new AtomicInteger();
        List<Runnable> writes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            writes.add(() -> {
                try {
                    facts().apply(batch(0, 10, List.of(new DailyFact(slice, WorkCounts.oneAccepted()))));
                } catch (PositionMovedException expected) {
                    refused.incrementAndGet();
                }
            });
        }

        committedAllAtOnce(transactions(), writes);

        assertThat(refused).hasValue(3);
        assertThat(inTx(() -> facts().sums(FactFilter.all(MARCH_1, APRIL_1), Dimension.ENGINEER)))
                .containsExactly(new FactSum("E2001", WorkCounts.oneAccepted()));
        assertThat(inTx(() -> facts().position())).isEqualTo(10);
    }

    @Test
    default void aBatchRolledBackWithItsTransactionLeavesNothing() {
        FactSlice slice = slice(MARCH_1, LIU, "desktop", "IT", "cardiology");
        rolledBack(transactions(), () -> facts().apply(new FactBatch(0, 3,
                ImmutableList.of(new DailyFact(slice, WorkCounts.oneAccepted())),
                ImmutableList.of(interval(2, slice, Instant.parse("2026-03-01T03:00:00Z"), 30)),
                ImmutableList.of(new WorkTrack("t-1", "desktop", "cardiology", 0, false, Optional.empty())))));

        theFactsStartEmptyAtPositionZero();
    }

    @Test
    default void clearingForgetsEverythingAndGoesBackToPositionZero() {
        FactSlice slice = slice(MARCH_1, LIU, "desktop", "IT", "cardiology");
        apply(new FactBatch(0, 3, ImmutableList.of(new DailyFact(slice, WorkCounts.oneAccepted())),
                ImmutableList.of(interval(2, slice, Instant.parse("2026-03-01T03:00:00Z"), 30)),
                ImmutableList.of(new WorkTrack("t-1", "desktop", "cardiology", 0, false, Optional.empty()))));

        committed(transactions(), () -> facts().clear());

        theFactsStartEmptyAtPositionZero();
        apply(batch(0, 1, List.of(new DailyFact(slice, WorkCounts.oneResolved()))));
        assertThat(inTx(() -> facts().sums(FactFilter.all(MARCH_1, APRIL_1), Dimension.ENGINEER)))
                .containsExactly(new FactSum("E2001", WorkCounts.oneResolved()));
    }

    private void apply(FactBatch batch) {
        committed(transactions(), () -> facts().apply(batch));
    }

    private <T> T inTx(java.util.function.Supplier<T> read) {
        return transactions().inTransaction(read);
    }

    private List<IntervalFact> intervals(FactFilter filter) {
        List<IntervalFact> found = new ArrayList<>();
        committed(transactions(), () -> facts().forEachInterval(filter, found::add));
        return found;
    }

    private static FactBatch batch(long from, long to, List<DailyFact> facts) {
        return new FactBatch(from, to, ImmutableList.copyOf(facts), ImmutableList.of(), ImmutableList.of());
    }

    private static FactSlice slice(LocalDate day, StaffId engineer, String group, String department,
                                   String callerDepartment) {
        return new FactSlice(day, engineer, group, department, callerDepartment);
    }

    private static IntervalFact interval(long position, FactSlice slice, Instant end, int minutes) {
        return new IntervalFact(position, slice, new WorkedInterval(end.minus(Duration.ofMinutes(minutes)), end));
    }
}
