package org.itilhis.ports.operations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.ports.operations.service.InspectionDesk.answers;
import static org.itilhis.ports.operations.service.InspectionDesk.at;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.calendar.InvalidScheduleException;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.inspection.GraceOutOfRangeException;
import org.itilhis.core.inspection.InvalidChecklistException;
import org.itilhis.core.inspection.InvalidResultException;
import org.itilhis.core.inspection.ItemResult;
import org.itilhis.core.inspection.RoundEvent;
import org.itilhis.core.inspection.RoundNotRecordableException;
import org.itilhis.core.inspection.RoundStanding;
import org.itilhis.core.inspection.RoundStatus;
import org.itilhis.core.inspection.ScheduleRetiredException;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.configuration.in.FaultIncident;
import org.itilhis.ports.configuration.in.FaultIncidents;
import org.itilhis.ports.configuration.in.ReportFault;
import org.itilhis.ports.operations.in.InspectionCommand;
import org.itilhis.ports.operations.in.InspectionRoundNotFoundException;
import org.itilhis.ports.operations.in.InspectionScheduleView;
import org.itilhis.ports.operations.in.InspectionTemplateNotFoundException;
import org.itilhis.ports.operations.in.InspectionTemplateView;
import org.itilhis.ports.operations.in.RoundCompletion;
import org.itilhis.ports.operations.in.RoundView;
import org.itilhis.ports.servicedesk.in.AssignmentRefusedException;
import org.itilhis.ports.servicelevel.in.CalendarNotFoundException;
import org.junit.jupiter.api.Test;

/**
 * The inspection rounds on the in-memory demo hospital ({@link InspectionDesk}): desktop support
 * keeps the machine room's 08:00 and 20:00 round. Every refusal leaves the stores, the event log,
 * the tickets and the notifications as they were.
 */
class InspectionsTest {
    private final InspectionDesk fixture = new InspectionDesk();
    private final Inspections inspections = fixture.inspections();

    private record Picture(Object templates, Object schedules, Object rounds, List<DomainEvent> events,
                           List<Notification> sent, int tickets) {
    }

    private Picture picture() {
        return new Picture(fixture.templates.versions("MR-DAILY"), fixture.schedules.ofGroup(DESKTOP).stream()
                .map(s -> s.snapshot()).toList(), fixture.rounds.ofGroup(DESKTOP, Instant.EPOCH, at("2027-01-01T00:00"))
                .stream().map(r -> r.snapshot()).toList(), List.copyOf(fixture.desk.events.all()),
                List.copyOf(fixture.desk.notifier.sent()), fixture.desk.tickets.size());
    }

    private void refusedLeavingEverything(Runnable command, Class<? extends DomainException> refusal, String code) {
        Picture before = picture();
        assertThatThrownBy(command::run).isInstanceOfSatisfying(refusal, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).containsPattern("\\p{IsHan}");
        });
        assertThat(picture()).isEqualTo(before);
    }

    private void scheduled() {
        fixture.writeMachineRoomTemplate(inspections);
        fixture.scheduleMachineRoom(inspections);
    }

    private List<RoundView> rounds(Set<RoundStanding> standings) {
        return inspections.queries().rounds(LEAD_SUN, DESKTOP, at("2026-03-01T00:00"), at("2026-04-01T00:00"),
                standings);
    }

    private RoundView roundDue(String local) {
        return rounds(Set.of()).stream().filter(r -> r.state().due().equals(at(local))).findFirst().orElseThrow();
    }

    private RoundView record(Actor actor, RoundView round, List<InspectionCommand.Answer> answers) {
        return inspections.inspections().recordRound(new InspectionCommand.RecordRound(actor, round.id(),
                round.version(), round.state().templateVersion(), actor.staffId(), fixture.now(), answers));
    }

    // ---- templates -------------------------------------------------------------------------------

    @Test
    void theLeadWritesATemplateThenItsRevisionAndBothVersionsStay() {
        InspectionTemplateView first = fixture.writeMachineRoomTemplate(inspections);
        List<InspectionCommand.ItemDefinition> fewer = fixture.machineRoomItems().subList(0, 2);

        InspectionTemplateView second = inspections.inspections().writeTemplate(new InspectionCommand.WriteTemplate(
                LEAD_SUN, "MR-DAILY", DESKTOP, 1L, "Machine room round", fixture.machineRoom, fewer));

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.template().items()).hasSize(6);
        assertThat(second.versions()).containsExactly(1L, 2L);
        assertThat(second.template().itemCodes()).containsExactly("temperature", "humidity");
        assertThat(inspections.queries().template(ENGINEER_LIU, "MR-DAILY", Optional.of(1L)).template())
                .isEqualTo(first.template());
        assertThat(inspections.queries().templates(ENGINEER_LIU, DESKTOP)).singleElement()
                .satisfies(v -> assertThat(v.newest()).isTrue())
                .satisfies(v -> assertThat(v.version()).isEqualTo(2));
        assertThat(fixture.desk.events.all()).extracting(DomainEvent::type)
                .containsSubsequence("inspection-template.revised", "inspection-template.revised");
    }

    @Test
    void aTemplateRevisedSinceTheLeadReadItOrOfAnotherGroupOrOnAnUnknownItemIsRefused() {
        fixture.writeMachineRoomTemplate(inspections);

        refusedLeavingEverything(() -> inspections.inspections().writeTemplate(new InspectionCommand.WriteTemplate(
                LEAD_SUN, "MR-DAILY", DESKTOP, 0L, "again", fixture.machineRoom, fixture.machineRoomItems())),
                VersionConflictException.class, "inspection-template.version-conflict");
        refusedLeavingEverything(() -> inspections.inspections().writeTemplate(new InspectionCommand.WriteTemplate(
                LEAD_SUN, "MR-DAILY", DESKTOP, 1L, "unknown item", new CiId(java.util.UUID.randomUUID()),
                fixture.machineRoomItems())), CiNotFoundException.class, "cmdb.ci-not-found");
        refusedLeavingEverything(() -> inspections.inspections().writeTemplate(new InspectionCommand.WriteTemplate(
                DIRECTOR_GAO, "MR-DAILY", GroupId.of("his-second-line"), 1L, "taken over", fixture.machineRoom,
                fixture.machineRoomItems())), NotPermittedException.class, "access.denied");
        refusedLeavingEverything(() -> inspections.inspections().writeTemplate(new InspectionCommand.WriteTemplate(
                ENGINEER_LIU, "MR-DAILY", DESKTOP, 1L, "an engineer's", fixture.machineRoom,
                fixture.machineRoomItems())), NotPermittedException.class, "access.denied");
    }

    @Test
    void anIllFormedTemplateIsRefusedNamingTheItemsField() {
        List<InspectionCommand.ItemDefinition> items = new ArrayList<>(fixture.machineRoomItems());
        items.set(1, new InspectionCommand.ItemDefinition("humidity", "Humidity", org.itilhis.core.inspection.ItemKind.READING,
                null, "%", new BigDecimal("60"), new BigDecimal("40"), null, null));

        assertThatThrownBy(() -> inspections.inspections().writeTemplate(new InspectionCommand.WriteTemplate(LEAD_SUN,
                "MR-DAILY", DESKTOP, null, "reversed", fixture.machineRoom, items)))
                .isInstanceOfSatisfying(InvalidChecklistException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Field items[1]: the normal range of item humidity starts at 60, above its end 40"));
        assertThatThrownBy(() -> inspections.inspections().writeTemplate(new InspectionCommand.WriteTemplate(LEAD_SUN,
                "mr daily", DESKTOP, null, " ", fixture.machineRoom, List.of())))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(InvalidCommandException.FieldViolation::field)
                        .containsExactlyInAnyOrder("code", "name", "items"));
        assertThat(fixture.templates.latest("MR-DAILY")).isEmpty();
    }

    // ---- schedules and the timer -----------------------------------------------------------------

    @Test
    void aScheduleSaysWhenItsNextRoundFallsDueAndIsRefusedForAnUnknownCalendarABadCronOrTooLongAGrace() {
        fixture.writeMachineRoomTemplate(inspections);

        InspectionScheduleView schedule = fixture.scheduleMachineRoom(inspections);

        assertThat(schedule.nextDue()).contains(at("2026-03-02T20:00"));
        assertThat(schedule.state().since()).isEqualTo(fixture.now());
        refusedLeavingEverything(() -> inspections.inspections().defineSchedule(new InspectionCommand.DefineSchedule(
                LEAD_SUN, DESKTOP, "MR-DAILY", "0 8 * * *", CalendarDays.WORKING_DAYS, "hospital-hours",
                Duration.ofHours(1))), CalendarNotFoundException.class, "calendar.not-found");
        refusedLeavingEverything(() -> inspections.inspections().defineSchedule(new InspectionCommand.DefineSchedule(
                LEAD_SUN, DESKTOP, "MR-DAILY", "every morning", CalendarDays.WORKING_DAYS, "office-hours",
                Duration.ofHours(1))), InvalidScheduleException.class, "schedule.not-a-cron-expression");
        refusedLeavingEverything(() -> inspections.inspections().defineSchedule(new InspectionCommand.DefineSchedule(
                LEAD_SUN, DESKTOP, "MR-DAILY", "0 8 * * *", CalendarDays.WORKING_DAYS, "office-hours",
                Duration.ofDays(8))), GraceOutOfRangeException.class, "inspection.schedule.grace-out-of-range");
        refusedLeavingEverything(() -> inspections.inspections().defineSchedule(new InspectionCommand.DefineSchedule(
                LEAD_SUN, DESKTOP, "MR-DAILY", "0 8 * * *", CalendarDays.WORKING_DAYS, "office-hours",
                Duration.ZERO)), GraceOutOfRangeException.class, "inspection.schedule.grace-out-of-range");
        refusedLeavingEverything(() -> inspections.inspections().defineSchedule(new InspectionCommand.DefineSchedule(
                LEAD_SUN, DESKTOP, "UPS-WEEKLY", "0 10 * * 1", CalendarDays.EVERY_DAY, "24x7", Duration.ofHours(1))),
                InspectionTemplateNotFoundException.class, "inspection.template.not-found");
    }

    @Test
    void theTimerMakesTheRoundsFallingDueWithinADayOnceAndTheRetiredScheduleMakesNoMore() {
        scheduled();

        assertThat(inspections.roundsDue().run()).isEqualTo(new RoundsDue.Outcome(2, 0));
        assertThat(inspections.roundsDue().run()).isEqualTo(new RoundsDue.Outcome(0, 0));
        assertThat(rounds(Set.of())).extracting(r -> r.state().due())
                .containsExactly(at("2026-03-02T20:00"), at("2026-03-03T08:00"));
        assertThat(rounds(Set.of())).allSatisfy(r -> {
            assertThat(r.standing()).isEqualTo(RoundStanding.DUE);
            assertThat(r.state().templateVersion()).isEqualTo(1);
            assertThat(r.state().closes()).isEqualTo(r.state().due().plus(Duration.ofHours(2)));
        });

        fixture.later(Duration.ofHours(12));
        assertThat(inspections.roundsDue().run()).isEqualTo(new RoundsDue.Outcome(1, 0));
        InspectionScheduleView schedule = inspections.queries().schedules(ENGINEER_LIU, DESKTOP).get(0);
        inspections.inspections().retireSchedule(new InspectionCommand.RetireSchedule(LEAD_SUN, schedule.id(),
                schedule.version()));
        refusedLeavingEverything(() -> inspections.inspections().retireSchedule(new InspectionCommand.RetireSchedule(
                LEAD_SUN, schedule.id(), null)), ScheduleRetiredException.class, "inspection.schedule.retired");
        fixture.later(Duration.ofDays(2));
        assertThat(inspections.roundsDue().run().made()).isZero();
        assertThat(inspections.queries().schedule(ENGINEER_LIU, schedule.id()).nextDue()).isEmpty();
        assertThat(fixture.desk.events.all()).filteredOn(e -> e.type().equals("inspection-round.due")).hasSize(3);
    }

    @Test
    void twoNodesRunningTheTimerAtOnceMakeEachRoundOnceAndFlagEachMissedRoundOnce() throws Exception {
        scheduled();
        Inspections otherNode = fixture.inspections();
        fixture.later(Duration.ofDays(3));
        AtomicInteger made = new AtomicInteger();
        AtomicInteger missed = new AtomicInteger();

        List<Thread> nodes = new ArrayList<>();
        for (Inspections node : List.of(inspections, otherNode, inspections, otherNode)) {
            nodes.add(new Thread(() -> {
                RoundsDue.Outcome outcome = node.roundsDue().run();
                made.addAndGet(outcome.made());
                missed.addAndGet(outcome.missed());
            }));
        }
        nodes.forEach(Thread::start);
        for (Thread node : nodes) {
            node.join(60_000);
        }

        // Monday 20:00 to Friday 08:00: eight rounds; the five whose grace ended by Thursday 08:00 missed
        assertThat(made).hasValue(8);
        assertThat(missed).hasValue(5);
        assertThat(rounds(Set.of())).hasSize(8);
        assertThat(rounds(Set.of(RoundStanding.MISSED))).hasSize(missed.get());
        assertThat(fixture.desk.notifier.sent()).filteredOn(n -> n.topic().equals(RoundsDue.TOPIC))
                .hasSize(missed.get()).allSatisfy(n -> assertThat(n.recipient()).isEqualTo(LEAD_SUN.staffId()));
        assertThat(fixture.desk.events.all()).filteredOn(e -> e.type().equals("inspection-round.missed"))
                .hasSize(missed.get());
    }

    @Test
    void aRoundNotRecordedByItsDueTimePlusGraceIsFlaggedMissedAndTheLeadToldOnce() {
        scheduled();
        inspections.roundsDue().run();

        fixture.later(Duration.ofHours(14));
        assertThat(inspections.roundsDue().run().missed()).as("at 22:00 the grace has not passed").isZero();
        assertThat(roundDue("2026-03-02T20:00").standing()).isEqualTo(RoundStanding.OVERDUE);
        fixture.later(Duration.ofSeconds(1));
        assertThat(inspections.roundsDue().run().missed()).isEqualTo(1);
        assertThat(inspections.roundsDue().run().missed()).isZero();

        RoundView missed = roundDue("2026-03-02T20:00");
        assertThat(missed.state().status()).isEqualTo(RoundStatus.MISSED);
        assertThat(missed.state().lead()).contains(LEAD_SUN.staffId());
        assertThat(fixture.desk.notifier.sent()).filteredOn(n -> n.topic().equals(RoundsDue.TOPIC)).singleElement()
                .satisfies(n -> {
                    assertThat(n.recipient()).isEqualTo(LEAD_SUN.staffId());
                    assertThat(n.reference()).isEqualTo(missed.id().toString());
                });
        refusedLeavingEverything(() -> inspections.inspections().recordRound(new InspectionCommand.RecordRound(
                ENGINEER_LIU, missed.id(), null, 1L, ENGINEER_LIU.staffId(), at("2026-03-02T21:00"), answers("22"))),
                RoundNotRecordableException.class, "inspection.round.missed");
    }

    // ---- recording -------------------------------------------------------------------------------

    @Test
    void aRoundRecordedWithAReadingOutOfRangeRaisesAnIncidentOnItsItemAndTheNextRoundsSameFailureAddsToIt() {
        scheduled();
        inspections.roundsDue().run();
        fixture.later(Duration.ofHours(12));

        RoundView evening = record(ENGINEER_LIU, roundDue("2026-03-02T20:00"), answers("29.5"));

        ItemResult warm = evening.state().results().get(0);
        assertThat(warm.failed()).isTrue();
        assertThat(warm.incident()).isPresent();
        assertThat(evening.state().results()).filteredOn(ItemResult::failed).hasSize(1);
        assertThat(evening.standing()).isEqualTo(RoundStanding.ON_TIME);
        TicketSnapshot incident = fixture.desk.tickets.findByNumber(
                org.itilhis.core.ticket.TicketNumber.parse(warm.incident().get())).orElseThrow().snapshot();
        assertThat(incident.details().summary()).contains("MR-DAILY", "29.5 °C", "18-27 °C");
        assertThat(incident.details().description()).contains("performed by E0101", "29.5 °C",
                "inspection-round " + evening.id());
        assertThat(fixture.desk.cmdb.queries().affectedCis(AGENT_CHEN, incident.id())).containsExactly(fixture.machineRoom);

        fixture.later(Duration.ofHours(12).plusMinutes(30));
        inspections.roundsDue().run();
        RoundView morning = record(ENGINEER_ZHOU, roundDue("2026-03-03T08:00"), answers("30.1"));

        assertThat(morning.standing()).isEqualTo(RoundStanding.LATE);
        assertThat(morning.state().results().get(0).incident()).isEqualTo(warm.incident());
        assertThat(fixture.desk.tickets.size()).isEqualTo(1);
        assertThat(fixture.desk.tickets.find(incident.id()).orElseThrow().snapshot().workLog()).singleElement()
                .satisfies(entry -> assertThat(entry.note()).startsWith("inspection-round " + morning.id())
                        .contains("performed by E0102", "30.1 °C, normal 18-27 °C"));
        assertThat(fixture.desk.events.all()).filteredOn(e -> e instanceof RoundEvent.Recorded)
                .extracting(e -> ((RoundEvent.Recorded) e).performedBy())
                .containsExactly(ENGINEER_LIU.staffId(), ENGINEER_ZHOU.staffId());
    }

    @Test
    void whenTheIncidentCannotBeReportedTheRoundIsNotRecordedAndNoIncidentStays() {
        scheduled();
        inspections.roundsDue().run();
        fixture.later(Duration.ofHours(12));
        FaultIncidents real = fixture.desk.cmdb.faultIncidents();
        FaultIncidents failingSecond = new FaultIncidents() {
            private int calls;

            @Override
            public FaultIncident report(ReportFault command) {
                FaultIncident incident = real.report(command);
                if (++calls == 2) {
                    throw new IllegalStateException("the second report fails");
                }
                return incident;
            }

            @Override
            public Optional<FaultIncident> openIncident(String source, String fault) {
                return real.openIncident(source, fault);
            }
        };
        RoundView round = roundDue("2026-03-02T20:00");
        List<InspectionCommand.Answer> twoFailures = new ArrayList<>(answers("29.5"));
        twoFailures.set(3, new InspectionCommand.Answer("ups-status", null, null, null, "on battery", null));
        Picture before = picture();

        assertThatThrownBy(() -> fixture.inspections(failingSecond).inspections().recordRound(
                new InspectionCommand.RecordRound(ENGINEER_LIU, round.id(), round.version(), 1L,
                        ENGINEER_LIU.staffId(), fixture.now(), twoFailures)))
                .hasMessage("the second report fails");

        assertThat(picture()).isEqualTo(before);
        assertThat(roundDue("2026-03-02T20:00").state().status()).isEqualTo(RoundStatus.DUE);
    }

    @Test
    void aRoundRecordedTwiceIsRefusedAndTheFirstRecordStands() {
        scheduled();
        inspections.roundsDue().run();
        fixture.later(Duration.ofHours(12));
        RoundView round = roundDue("2026-03-02T20:00");
        record(ENGINEER_LIU, round, answers("22"));

        refusedLeavingEverything(() -> record(ENGINEER_ZHOU, round, answers("23")), VersionConflictException.class,
                "inspection-round.version-conflict");
        refusedLeavingEverything(() -> inspections.inspections().recordRound(new InspectionCommand.RecordRound(
                ENGINEER_ZHOU, round.id(), null, 1L, ENGINEER_ZHOU.staffId(), fixture.now(), answers("23"))),
                RoundNotRecordableException.class, "inspection.round.already-recorded");
        assertThat(roundDue("2026-03-02T20:00").state().performedBy()).contains(ENGINEER_LIU.staffId());
    }

    @Test
    void badResultsAreRefusedNamingTheItemAndChangeNothing() {
        scheduled();
        inspections.roundsDue().run();
        fixture.later(Duration.ofHours(12));
        RoundView round = roundDue("2026-03-02T20:00");
        List<InspectionCommand.Answer> fahrenheit = new ArrayList<>(answers("75"));
        fahrenheit.set(0, new InspectionCommand.Answer("temperature", null, "75", "°F", null, null));

        refusedLeavingEverything(() -> record(ENGINEER_LIU, round, answers("warm")), InvalidResultException.class,
                "inspection.result.not-a-number");
        refusedLeavingEverything(() -> record(ENGINEER_LIU, round, fahrenheit), InvalidResultException.class,
                "inspection.result.wrong-unit");
        refusedLeavingEverything(() -> inspections.inspections().recordRound(new InspectionCommand.RecordRound(
                ENGINEER_LIU, round.id(), null, 1L, ENGINEER_LIU.staffId(), fixture.now().plusSeconds(60),
                answers("22"))), RoundNotRecordableException.class, "inspection.round.performed-in-future");
        refusedLeavingEverything(() -> inspections.inspections().recordRound(new InspectionCommand.RecordRound(
                ENGINEER_LIU, round.id(), null, 1L, SPECIALIST_HUANG.staffId(), fixture.now(), answers("22"))),
                AssignmentRefusedException.class, "assignment.engineer-not-in-group");
        refusedLeavingEverything(() -> inspections.inspections().recordRound(new InspectionCommand.RecordRound(
                SPECIALIST_HUANG, round.id(), null, 1L, SPECIALIST_HUANG.staffId(), fixture.now(), answers("22"))),
                InspectionRoundNotFoundException.class, "inspection.round.not-found");
        assertThatThrownBy(() -> record(ENGINEER_LIU, round, answers("warm"))).satisfies(e -> assertThat(
                ((DomainException) e).messageIn(Locale.SIMPLIFIED_CHINESE)).contains("temperature", "warm", "不是数字"));
    }

    @Test
    void aRoundKeepsTheVersionItWasMadeFromAndResultsForTheRevisionAreRefused() {
        scheduled();
        inspections.roundsDue().run();
        inspections.inspections().writeTemplate(new InspectionCommand.WriteTemplate(LEAD_SUN, "MR-DAILY", DESKTOP, 1L,
                "Machine room round", fixture.machineRoom, fixture.machineRoomItems().subList(0, 2)));
        fixture.later(Duration.ofHours(12));
        RoundView round = roundDue("2026-03-02T20:00");

        refusedLeavingEverything(() -> inspections.inspections().recordRound(new InspectionCommand.RecordRound(
                ENGINEER_LIU, round.id(), null, 2L, ENGINEER_LIU.staffId(), fixture.now(), answers("22").subList(0, 2))),
                InvalidResultException.class, "inspection.result.other-version");
        RoundView recorded = record(ENGINEER_LIU, round, answers("22"));

        assertThat(recorded.state().templateVersion()).isEqualTo(1);
        assertThat(recorded.state().results()).hasSize(6);
        inspections.roundsDue().run();
        assertThat(roundDue("2026-03-03T20:00").state().templateVersion()).as("made after the revision").isEqualTo(2);
    }

    // ---- queries ---------------------------------------------------------------------------------

    @Test
    void theCompletionRatesCountEachEngineersRoundsOnTimeAndLateAndEachTemplatesMissed() {
        scheduled();
        inspections.roundsDue().run();
        fixture.later(Duration.ofHours(12));
        record(ENGINEER_LIU, roundDue("2026-03-02T20:00"), answers("22"));
        fixture.later(Duration.ofHours(13));
        inspections.roundsDue().run();
        record(ENGINEER_LIU, roundDue("2026-03-03T08:00"), answers("22"));
        fixture.later(Duration.ofHours(14));
        inspections.roundsDue().run();

        RoundCompletion completion = inspections.queries().completion(LEAD_SUN, DESKTOP, at("2026-03-02T00:00"),
                at("2026-03-05T00:00"));

        assertThat(completion.byEngineer()).singleElement().satisfies(e -> {
            assertThat(e.engineer()).isEqualTo(ENGINEER_LIU.staffId());
            assertThat(e.onTime()).isEqualTo(1);
            assertThat(e.late()).isEqualTo(1);
            assertThat(e.onTimeRate()).isEqualTo(0.5);
        });
        assertThat(completion.byTemplate()).singleElement().satisfies(t -> {
            assertThat(t.template()).isEqualTo("MR-DAILY");
            assertThat(List.of(t.onTime(), t.late(), t.missed(), t.open())).containsExactly(1, 1, 1, 2);
            assertThat(t.completionRate()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        });
        assertThat(rounds(Set.of(RoundStanding.MISSED))).extracting(r -> r.state().due())
                .containsExactly(at("2026-03-03T20:00"));
        assertThat(rounds(Set.of(RoundStanding.ON_TIME, RoundStanding.LATE))).hasSize(2);
        assertThatThrownBy(() -> inspections.queries().completion(SPECIALIST_HUANG, DESKTOP, at("2026-03-02T00:00"),
                at("2026-03-05T00:00"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> inspections.queries().rounds(LEAD_SUN, DESKTOP, at("2026-03-05T00:00"),
                at("2026-03-02T00:00"), Set.of())).isInstanceOf(InvalidCommandException.class);
        assertThat(inspections.queries().completion(DIRECTOR_GAO, DESKTOP, at("2026-03-02T00:00"),
                at("2026-03-05T00:00"))).isEqualTo(completion);
    }

    @Test
    void aRoundOfAGroupTheReaderMayNotSeeIsNotFound() {
        scheduled();
        inspections.roundsDue().run();
        RoundView round = rounds(Set.of()).get(0);

        assertThat(inspections.queries().round(ENGINEER_ZHOU, round.id()).state()).isEqualTo(round.state());
        assertThatThrownBy(() -> inspections.queries().round(SPECIALIST_HUANG, round.id()))
                .isInstanceOf(InspectionRoundNotFoundException.class);
        assertThatThrownBy(() -> inspections.queries().template(SPECIALIST_HUANG, "MR-DAILY", Optional.empty()))
                .isInstanceOf(InspectionTemplateNotFoundException.class);
    }
}
