package org.itilhis.ports.operations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.inspection.ChecklistTemplate;
import org.itilhis.core.inspection.InspectionRound;
import org.itilhis.core.inspection.ItemResult;
import org.itilhis.core.inspection.RoundEvent;
import org.itilhis.core.inspection.RoundNotRecordableException;
import org.itilhis.core.inspection.RoundStatus;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.ticket.TicketNumber;
import org.itilhis.ports.operations.in.InspectionCommand;

/**
 * Random weeks of the machine room round on the in-memory demo hospital: the clock moves, the
 * timer makes rounds due and flags the missed, engineers record rounds (sometimes twice, late,
 * early, with readings out of range, not numbers or in another unit, for another version), the
 * lead revises the template. After every step: a round is recorded at most once and a recorded
 * round's results are one per item of its template version; a round is missed only after its
 * due time plus grace, and the lead is told once; every failed item links an incident that
 * exists; every schedule's due time has one round.
 */
class InspectionRoundProperties {

    @Property(tries = 150)
    void everyStepKeepsTheRoundsInvariants(@ForAll("weeks") ActionChain<RoundsModel> chain) {
        RoundsModel end = chain.withInvariant("inspection rounds invariants", RoundsModel::checkInvariants).run();

        end.outcomes.forEach(outcome -> Statistics.label("outcomes").collect(outcome));
        Statistics.label("outcomes").coverage(coverage -> {
            coverage.check("recorded").count(n -> n >= 60);
            coverage.check("recorded again: refused").count(n -> n >= 20);
            coverage.check("missed").count(n -> n >= 50);
            coverage.check("revised").count(n -> n >= 20);
        });
    }

    @Provide
    ActionChainArbitrary<RoundsModel> weeks() {
        return ActionChain.startWith(RoundsModel::fresh)
                .withAction(4, new AdvanceClock())
                .withAction(3, new RunTimer())
                .withAction(6, new RecordRound())
                .withAction(2, new RecordAgain())
                .withAction(1, new ReviseTemplate())
                .withMaxTransformations(40);
    }

    /** The machine room round, its template and schedule written, and what each step came to. */
    static final class RoundsModel {
        final InspectionDesk fixture = new InspectionDesk();
        final Inspections inspections = fixture.inspections();
        final List<String> outcomes = new ArrayList<>();

        static RoundsModel fresh() {
            RoundsModel model = new RoundsModel();
            model.fixture.writeMachineRoomTemplate(model.inspections);
            model.fixture.scheduleMachineRoom(model.inspections);
            return model;
        }

        List<InspectionRound> rounds() {
            return fixture.rounds.ofGroup(DESKTOP, Instant.EPOCH, fixture.now().plus(Duration.ofDays(400)));
        }

        void run(InspectionCommand.RecordRound command, boolean again) {
            try {
                inspections.inspections().recordRound(command);
                assertThat(again).as("a recorded round recorded again").isFalse();
                outcomes.add("recorded");
            } catch (DomainException refused) {
                if (again) {
                    assertThat(refused).isInstanceOf(RoundNotRecordableException.class)
                            .hasFieldOrPropertyWithValue("code", "inspection.round.already-recorded");
                    outcomes.add("recorded again: refused");
                } else {
                    outcomes.add("refused: " + refused.code());
                }
            }
        }

        void checkInvariants() {
            Instant now = fixture.now();
            List<DomainEvent> log = fixture.desk.events.all();
            Map<String, Long> recordedEvents = count(log, RoundEvent.Recorded.class);
            Map<String, Long> missedEvents = count(log, RoundEvent.Missed.class);
            List<InspectionRound> rounds = rounds();
            assertThat(rounds.stream().map(InspectionRound::slot).distinct().count()).as("one round per slot")
                    .isEqualTo(rounds.size());
            for (InspectionRound round : rounds) {
                String id = round.id().toString();
                assertThat(recordedEvents.getOrDefault(id, 0L)).as("recorded events of %s", id)
                        .isEqualTo(round.status() == RoundStatus.RECORDED ? 1 : 0);
                assertThat(missedEvents.getOrDefault(id, 0L)).as("missed events of %s", id)
                        .isEqualTo(round.status() == RoundStatus.MISSED ? 1 : 0);
                switch (round.status()) {
                    case RECORDED -> {
                        ChecklistTemplate version = fixture.templates.find(round.template(), round.templateVersion())
                                .orElseThrow();
                        assertThat(version.matches(round.results())).as("results of %s", id).isTrue();
                        Instant performed = round.performedAt().orElseThrow();
                        assertThat(performed).isBetween(round.opens(), round.closes()).isBeforeOrEqualTo(now);
                        for (ItemResult result : round.results()) {
                            ItemResult judged = version.item(result.item()).orElseThrow().evaluate(version.code(),
                                    answerOf(result));
                            assertThat(result.failed()).as("%s of %s failed", result.item(), id)
                                    .isEqualTo(judged.failed());
                            if (result.failed()) {
                                assertThat(fixture.desk.tickets.findByNumber(TicketNumber.parse(
                                        result.incident().orElseThrow()))).as("incident of %s", result.item())
                                        .isPresent();
                            }
                        }
                    }
                    case MISSED -> assertThat(round.missedAt().orElseThrow()).isAfter(round.closes());
                    case DUE -> assertThat(round.results()).isEmpty();
                }
            }
            long missed = rounds.stream().filter(r -> r.status() == RoundStatus.MISSED).count();
            assertThat(fixture.desk.notifier.sent()).filteredOn(n -> n.topic().equals(RoundsDue.TOPIC))
                    .as("the lead told once per missed round").hasSize((int) missed);
        }

        private static org.itilhis.core.inspection.ItemAnswer answerOf(ItemResult result) {
            return new org.itilhis.core.inspection.ItemAnswer(result.item(), result.passed(),
                    result.reading().map(java.math.BigDecimal::toPlainString), result.unit(), result.choice(),
                    result.note());
        }

        private static Map<String, Long> count(List<DomainEvent> log, Class<? extends RoundEvent> type) {
            return log.stream().filter(type::isInstance).collect(Collectors.groupingBy(DomainEvent::aggregateId,
                    Collectors.counting()));
        }
    }

    /** Minutes or hours pass. */
    static final class AdvanceClock implements Action.Independent<RoundsModel> {
        @Override
        public Arbitrary<Transformer<RoundsModel>> transformer() {
            return Arbitraries.frequencyOf(
                            Tuple.of(4, Arbitraries.integers().between(1, 180).map(Duration::ofMinutes)),
                            Tuple.of(1, Arbitraries.integers().between(3, 30).map(Duration::ofHours)))
                    .map(by -> Transformer.mutate("advance the clock by " + by, m -> m.fixture.later(by)));
        }
    }

    /** The cluster timer runs: rounds fall due, the missed are flagged. */
    static final class RunTimer implements Action.Independent<RoundsModel> {
        @Override
        public Arbitrary<Transformer<RoundsModel>> transformer() {
            return Arbitraries.just(Transformer.mutate("run the timer", m -> {
                RoundsDue.Outcome outcome = m.inspections.roundsDue().run();
                for (int i = 0; i < outcome.missed(); i++) {
                    m.outcomes.add("missed");
                }
            }));
        }
    }

    /** Someone records a round, not always well. */
    static final class RecordRound implements Action.Dependent<RoundsModel> {
        @Override
        public boolean precondition(RoundsModel model) {
            return !model.rounds().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<RoundsModel>> transformer(RoundsModel model) {
            List<InspectionRound> rounds = model.rounds();
            Instant now = model.fixture.now();
            List<InspectionRound> open = rounds.stream().filter(r -> r.status() == RoundStatus.DUE
                    && !now.isBefore(r.opens()) && !now.isAfter(r.closes())).toList();
            Arbitrary<InspectionRound> round = Arbitraries.frequencyOf(
                    Tuple.of(open.isEmpty() ? 0 : 8, Arbitraries.of(open.isEmpty() ? rounds : open)),
                    Tuple.of(1, Arbitraries.of(rounds)));
            Arbitrary<Actor> engineer = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(ENGINEER_LIU, ENGINEER_ZHOU)),
                    Tuple.of(1, Arbitraries.just(SPECIALIST_HUANG)));
            // where in the time the round could have been performed (from its opening, at most 150 min ago, to
            // now), or now minus anything from half an hour in the future to ten hours ago
            Arbitrary<Function<InspectionRound, Instant>> performed = Arbitraries.frequencyOf(
                    Tuple.of(6, Arbitraries.doubles().between(0, 1).map(share -> r -> {
                        Instant earliest = r.opens().isAfter(now.minus(Duration.ofMinutes(150))) ? r.opens()
                                : now.minus(Duration.ofMinutes(150));
                        return earliest.isAfter(now) ? now
                                : earliest.plusSeconds((long) (share * Duration.between(earliest, now).toSeconds()));
                    })),
                    Tuple.of(1, Arbitraries.integers().between(-30, 600).map(ago -> r -> now.minus(
                            Duration.ofMinutes(ago)))));
            return Combinators.combine(round, engineer, performed, answers(), Arbitraries.frequency(
                    Tuple.of(19, Boolean.TRUE), Tuple.of(1, Boolean.FALSE))).as((r, who, when, answers, ownVersion) -> {
                        ChecklistTemplate version = model.fixture.templates.find(r.template(), r.templateVersion())
                                .orElseThrow();
                        List<InspectionCommand.Answer> forVersion = answers.stream()
                                .filter(a -> version.item(a.item()).isPresent()).toList();
                        InspectionCommand.RecordRound command = new InspectionCommand.RecordRound(who, r.id(), null,
                                ownVersion ? r.templateVersion() : r.templateVersion() + 1, who.staffId(),
                                when.apply(r), forVersion);
                        return Transformer.mutate(who.staffId() + " records round due " + r.due() + " performed at "
                                + command.performedAt() + ": " + forVersion, m -> m.run(command, false));
                    });
        }
    }

    /** Someone records a round that is recorded already. */
    static final class RecordAgain implements Action.Dependent<RoundsModel> {
        @Override
        public boolean precondition(RoundsModel model) {
            return model.rounds().stream().anyMatch(r -> r.status() == RoundStatus.RECORDED);
        }

        @Override
        public Arbitrary<Transformer<RoundsModel>> transformer(RoundsModel model) {
            List<InspectionRound> recorded = model.rounds().stream().filter(r -> r.status() == RoundStatus.RECORDED)
                    .toList();
            Instant now = model.fixture.now();
            return Combinators.combine(Arbitraries.of(recorded), answers()).as((r, answers) -> {
                ChecklistTemplate version = model.fixture.templates.find(r.template(), r.templateVersion())
                        .orElseThrow();
                InspectionCommand.RecordRound command = new InspectionCommand.RecordRound(ENGINEER_ZHOU, r.id(), null,
                        r.templateVersion(), ENGINEER_ZHOU.staffId(), r.performedAt().orElseThrow().isAfter(now)
                        ? now : r.performedAt().orElseThrow(), answers.stream()
                        .filter(a -> version.item(a.item()).isPresent()).toList());
                return Transformer.mutate("Zhou records round due " + r.due() + " again", m -> m.run(command, true));
            });
        }
    }

    /** The lead revises the template: some of the items, in order. */
    static final class ReviseTemplate implements Action.Dependent<RoundsModel> {
        @Override
        public Arbitrary<Transformer<RoundsModel>> transformer(RoundsModel model) {
            List<InspectionCommand.ItemDefinition> all = model.fixture.machineRoomItems();
            return Arbitraries.subsetOf(all).ofMinSize(1).map(subset -> {
                List<InspectionCommand.ItemDefinition> items = all.stream().filter(subset::contains).toList();
                return Transformer.mutate("revise the template to " + items.stream()
                        .map(InspectionCommand.ItemDefinition::code).toList(), m -> {
                            m.inspections.inspections().writeTemplate(new InspectionCommand.WriteTemplate(LEAD_SUN,
                                    "MR-DAILY", DESKTOP, null, "Machine room round", m.fixture.machineRoom, items));
                            m.outcomes.add("revised");
                        });
            });
        }
    }

    /** An answer for every item of the first version: mostly normal, sometimes failing or ill-formed. */
    private static Arbitrary<List<InspectionCommand.Answer>> answers() {
        Arbitrary<String> temperature = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(180, 270).map(t -> String.valueOf(t / 10.0))),
                Tuple.of(2, Arbitraries.integers().between(271, 400).map(t -> String.valueOf(t / 10.0))),
                Tuple.of(1, Arbitraries.of("warm", "2 7")));
        Arbitrary<String> unit = Arbitraries.frequency(Tuple.of(8, "°C"), Tuple.of(1, "°F"), Tuple.of(1, (String) null));
        Arbitrary<String> ups = Arbitraries.frequency(Tuple.of(6, "normal"), Tuple.of(1, "on battery"),
                Tuple.of(1, "fault"), Tuple.of(1, "smoking"));
        Arbitrary<Boolean> panel = Arbitraries.frequency(Tuple.of(6, Boolean.TRUE), Tuple.of(1, Boolean.FALSE));
        Arbitrary<Integer> disk = Arbitraries.integers().between(50, 95);
        return Combinators.combine(temperature, unit, ups, panel, disk).as((t, u, status, passed, used) -> List.of(
                new InspectionCommand.Answer("temperature", null, t, u, null, null),
                new InspectionCommand.Answer("humidity", null, "48", "%", null, null),
                new InspectionCommand.Answer("ups-battery", null, "25", "min", null, null),
                new InspectionCommand.Answer("ups-status", null, null, null, status, null),
                new InspectionCommand.Answer("pacs-disk", null, String.valueOf(used), "%", null, null),
                new InspectionCommand.Answer("fire-panel", passed, null, null, null, null)));
    }
}
