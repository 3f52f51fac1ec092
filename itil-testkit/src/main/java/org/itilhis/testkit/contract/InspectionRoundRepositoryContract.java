package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.InspectionSamples.AT;
import static org.itilhis.testkit.contract.InspectionSamples.INFRASTRUCTURE;
import static org.itilhis.testkit.contract.InspectionSamples.LEAD;
import static org.itilhis.testkit.contract.InspectionSamples.NETWORK;
import static org.itilhis.testkit.contract.InspectionSamples.recordWarm;
import static org.itilhis.testkit.contract.InspectionSamples.round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.itilhis.core.inspection.ChecklistTemplate;
import org.itilhis.core.inspection.InspectionRound;
import org.itilhis.core.inspection.InspectionSchedule;
import org.itilhis.core.inspection.RoundId;
import org.itilhis.core.inspection.RoundSnapshot;
import org.itilhis.core.inspection.RoundStatus;
import org.itilhis.core.inspection.ScheduleId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.operations.out.InspectionRoundRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InspectionRoundRepository} must do: store a round whole (its results with
 * readings, notes and incidents), lock optimistically, store a schedule's round due at an instant
 * once even when two nodes make it at the same time, find a schedule's latest due time, a group's
 * rounds of a period and the unrecorded rounds whose window closed, and take part in
 * transactions. Each test expects empty storage; every write runs inside {@code
 * transactions().inTransaction(...)}.
 */
public interface InspectionRoundRepositoryContract {
    InspectionRoundRepository rounds();

    Transactions transactions();

    Instant MORNING = Instant.parse("2027-03-02T00:00:00Z");
    Instant EVENING = Instant.parse("2027-03-02T12:00:00Z");

    private static ChecklistTemplate template(String code) {
        return InspectionSamples.template(code, INFRASTRUCTURE);
    }

    private static InspectionSchedule schedule(String template) {
        return InspectionSamples.schedule(new ScheduleId(UUID.randomUUID()), INFRASTRUCTURE, template);
    }

    private InspectionRound newRound(InspectionSchedule schedule, Instant due) {
        return round(schedule, template(schedule.template()), due, rounds().nextId());
    }

    private void store(InspectionRound round) {
        ContractSupport.committed(transactions(), () -> rounds().save(round));
    }

    private InspectionRound load(InspectionRound round) {
        return rounds().find(round.id()).orElseThrow();
    }

    @Test
    default void aRecordedRoundComesBackEqualWithItsResultsAndIncidents() {
        InspectionRound round = newRound(schedule("MR-DAILY"), MORNING);
        store(round);
        assertThat(load(round).snapshot()).isEqualTo(round.snapshot());
        InspectionRound recorded = load(round);
        recordWarm(recorded, template("MR-DAILY"), "INC-20270302-0042");

        store(recorded);

        RoundSnapshot stored = load(round).snapshot();
        assertThat(stored).isEqualTo(recorded.snapshot());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.results()).filteredOn(r -> r.failed()).singleElement()
                .satisfies(r -> assertThat(r.incident()).contains("INC-20270302-0042"));
        assertThat(rounds().find(rounds().nextId())).isEmpty();
    }

    @Test
    default void aMissedRoundComesBackEqual() {
        InspectionRound round = newRound(schedule("MR-DAILY"), MORNING);
        store(round);
        InspectionRound missed = load(round);
        missed.miss(Optional.of(LEAD), Actor.SYSTEM_ID, round.closes().plusSeconds(1));

        store(missed);

        assertThat(load(round).snapshot()).isEqualTo(missed.snapshot());
        assertThat(load(round).status()).isEqualTo(RoundStatus.MISSED);
    }

    @Test
    default void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflict() {
        InspectionRound round = newRound(schedule("MR-DAILY"), MORNING);
        store(round);
        InspectionRound first = load(round);
        InspectionRound second = load(round);
        recordWarm(first, template("MR-DAILY"), "INC-1");
        second.miss(Optional.empty(), Actor.SYSTEM_ID, round.closes().plusSeconds(1));

        store(first);

        assertThatThrownBy(() -> store(second)).isInstanceOfSatisfying(VersionConflictException.class,
                e -> assertThat(e.code()).isEqualTo("inspection-round.version-conflict"));
        assertThat(load(round).snapshot()).isEqualTo(first.snapshot());
    }

    @Test
    default void aSchedulesRoundDueAtAnInstantIsStoredOnceThoughTwoNodesMakeItAtOnce() {
        InspectionSchedule schedule = schedule("MR-DAILY");
        InspectionRound first = newRound(schedule, MORNING);
        store(first);
        assertThatThrownBy(() -> store(newRound(schedule, MORNING))).isInstanceOfSatisfying(
                VersionConflictException.class, e -> assertThat(e.code()).isEqualTo("inspection-round.version-conflict"));

        List<Runnable> nodes = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        for (int node = 0; node < 4; node++) {
            InspectionRound evening = newRound(schedule, EVENING);
            nodes.add(() -> {
                try {
                    rounds().save(evening);
                } catch (VersionConflictException e) {
                    refused.incrementAndGet();
                }
            });
        }
        ContractSupport.committedAllAtOnce(transactions(), nodes);

        assertThat(refused).hasValue(3);
        assertThat(rounds().ofGroup(INFRASTRUCTURE, MORNING, EVENING.plusSeconds(1))).extracting(InspectionRound::due)
                .containsExactly(MORNING, EVENING);
        assertThat(rounds().find(first.id()).map(InspectionRound::snapshot)).contains(first.snapshot());
    }

    @Test
    default void theLatestDueTimeIsThatOfTheSchedulesLastRound() {
        InspectionSchedule morning = schedule("MR-DAILY");
        InspectionSchedule other = schedule("UPS-WEEKLY");
        store(newRound(morning, EVENING));
        store(newRound(morning, MORNING));
        store(newRound(other, EVENING.plusSeconds(86_400)));

        assertThat(rounds().latestDue(morning.id())).contains(EVENING);
        assertThat(rounds().latestDue(new ScheduleId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    default void aGroupsRoundsAreThoseDueInTheHalfOpenPeriodByDueTime() {
        InspectionSchedule room = schedule("MR-DAILY");
        InspectionSchedule ups = schedule("UPS-WEEKLY");
        InspectionSchedule core = InspectionSamples.schedule(new ScheduleId(UUID.randomUUID()), NETWORK, "CORE-SWITCH");
        InspectionRound evening = newRound(room, EVENING);
        InspectionRound morning = newRound(room, MORNING);
        InspectionRound upsMorning = newRound(ups, MORNING);
        InspectionRound nextMorning = newRound(room, MORNING.plusSeconds(86_400));
        store(evening);
        store(morning);
        store(upsMorning);
        store(nextMorning);
        store(round(core, template("CORE-SWITCH"), MORNING, rounds().nextId()));

        List<RoundId> dueTogether = Stream.of(morning.id(), upsMorning.id())
                .sorted(Comparator.comparing(RoundId::toString)).toList();
        assertThat(rounds().ofGroup(INFRASTRUCTURE, MORNING, MORNING.plusSeconds(86_400)))
                .extracting(InspectionRound::id).containsExactly(dueTogether.get(0), dueTogether.get(1), evening.id());
        assertThat(rounds().ofGroup(INFRASTRUCTURE, EVENING, EVENING)).isEmpty();
        assertThat(rounds().ofGroup(NETWORK, MORNING, EVENING)).hasSize(1);
    }

    @Test
    default void theRoundsToFlagAreEveryGroupsUnrecordedRoundsWhoseWindowClosedBeforeTheInstant() {
        InspectionSchedule room = schedule("MR-DAILY");
        InspectionSchedule core = InspectionSamples.schedule(new ScheduleId(UUID.randomUUID()), NETWORK, "CORE-SWITCH");
        InspectionRound evening = newRound(room, EVENING);
        InspectionRound morning = newRound(room, MORNING);
        InspectionRound coreMorning = round(core, template("CORE-SWITCH"), MORNING.plusSeconds(60), rounds().nextId());
        InspectionRound recorded = newRound(room, MORNING.minusSeconds(86_400));
        InspectionRound missed = newRound(room, MORNING.minusSeconds(2 * 86_400));
        store(evening);
        store(morning);
        store(coreMorning);
        store(recorded);
        store(missed);
        InspectionRound recording = load(recorded);
        recordWarm(recording, template("MR-DAILY"), "INC-7");
        store(recording);
        InspectionRound missing = load(missed);
        missing.miss(Optional.of(LEAD), Actor.SYSTEM_ID, AT.plusSeconds(10 * 86_400));
        store(missing);

        assertThat(rounds().unrecordedClosedBefore(EVENING)).extracting(InspectionRound::id)
                .containsExactly(morning.id(), coreMorning.id());
        assertThat(rounds().unrecordedClosedBefore(morning.closes())).isEmpty();
        assertThat(rounds().unrecordedClosedBefore(evening.closes().plusNanos(1000))).extracting(InspectionRound::id)
                .containsExactly(morning.id(), coreMorning.id(), evening.id());
    }

    @Test
    default void aRolledBackSaveLeavesTheRoundAsItWasAndFreesItsSlot() {
        InspectionSchedule schedule = schedule("MR-DAILY");
        InspectionRound round = newRound(schedule, MORNING);
        store(round);
        InspectionRound recorded = load(round);
        recordWarm(recorded, template("MR-DAILY"), "INC-9");
        InspectionRound evening = newRound(schedule, EVENING);

        ContractSupport.rolledBack(transactions(), () -> {
            rounds().save(recorded);
            rounds().save(evening);
        });

        assertThat(load(round).snapshot()).isEqualTo(round.snapshot());
        assertThat(rounds().find(evening.id())).isEmpty();
        InspectionRound again = newRound(schedule, EVENING);
        store(again);
        assertThat(rounds().latestDue(schedule.id())).contains(EVENING);
    }
}
