package org.itilhis.ports.change.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.ports.change.service.ChangeDesk.at;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CHANGE_MANAGER_LIN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.HEAD_NURSE_HAN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.change.CabId;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.change.IncidentRelation;
import org.itilhis.core.change.Likelihood;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ChangeWindowId;
import org.itilhis.core.change.schedule.ConflictKind;
import org.itilhis.core.change.schedule.ForwardSchedule;
import org.itilhis.core.change.schedule.ScheduleConflict;
import org.itilhis.core.change.schedule.WindowKind;
import org.itilhis.ports.change.in.CabAgenda;
import org.itilhis.ports.change.in.ChangeAdvisoryBoardNotFoundException;
import org.itilhis.ports.change.in.ChangeCommand;
import org.itilhis.ports.change.in.ChangeConfigurationCommand;
import org.itilhis.ports.change.in.ChangeConfigurationUseCase;
import org.itilhis.ports.change.in.ChangeQueries;
import org.itilhis.ports.change.in.ChangeView;
import org.itilhis.ports.change.in.ChangeWindowNotFoundException;
import org.itilhis.ports.change.in.PossiblyCausedIncident;
import org.itilhis.ports.change.in.ProposedSchedule;
import org.itilhis.ports.change.in.ScheduleCheckResult;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.junit.jupiter.api.Test;

/**
 * Reading change management on the demo hospital: the CAB's agenda, the forward schedule with
 * its conflicts and windows, the dry-run check, the incidents a change possibly caused, and the
 * configuration, each for whoever may read it.
 */
class ChangeQueryServiceTest {
    private final ChangeDesk desk = new ChangeDesk();
    private final ChangeQueries queries = desk.hospital.desk.changes.queries();

    @Test
    void theAgendaListsTheChangesAwaitingTheBoardTheLongestWaitingFirst() {
        ChangeId later = desk.raise(ChangeModel.NORMAL, Set.of(desk.hisServer(1)), "2026-03-06T02:00",
                "2026-03-06T04:00").id();
        ChangeId earlier = desk.raise(ChangeModel.NORMAL, Set.of(desk.hisServer(2)), "2026-03-07T02:00",
                "2026-03-07T04:00").id();
        desk.handle(new ChangeCommand.Submit(SPECIALIST_HUANG, earlier, null));
        desk.hospital.desk.clock.advance(Duration.ofMinutes(30));
        desk.beforeTheBoard(later);
        desk.handle(new ChangeCommand.Assess(CHANGE_MANAGER_LIN, earlier, null,
                Likelihood.POSSIBLE, "first time"));
        desk.handle(new ChangeCommand.RequestApproval(CHANGE_MANAGER_LIN, earlier, null, null));
        desk.raise(ChangeModel.NORMAL, Set.of(desk.hisServer(3)), "2026-03-08T02:00", "2026-03-08T04:00");

        CabAgenda agenda = queries.agenda(HEAD_NURSE_HAN, ChangeSettings.CAB);

        assertThat(agenda.name()).contains("Change advisory board");
        assertThat(agenda.items()).extracting(item -> item.change().id()).containsExactly(earlier, later);
        assertThat(queries.agenda(AGENT_CHEN, ChangeSettings.CAB).items()).hasSize(2);
        assertThat(queries.agenda(CHANGE_MANAGER_LIN, ChangeSettings.ECAB).items()).isEmpty();
        assertThatThrownBy(() -> queries.agenda(CHANGE_MANAGER_LIN, CabId.of("no-such-board")))
                .isInstanceOf(ChangeAdvisoryBoardNotFoundException.class);
        assertThatThrownBy(() -> queries.agenda(NURSE_WANG, ChangeSettings.CAB))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theIncidentsOnTouchedItemsDuringOrSoonAfterTheWindowArePossiblyCausedByTheChange() {
        ChangeView change = desk.raise(ChangeModel.NORMAL, Set.of(desk.hisServer(1)), "2026-03-02T20:00",
                "2026-03-02T22:00");
        TicketView before = incidentOn(desk, "2026-03-02T19:00");
        TicketView during = incidentOn(desk, "2026-03-02T21:00");
        TicketView soonAfter = incidentOn(desk, "2026-03-03T09:00");
        TicketView daysLater = incidentOn(desk, "2026-03-05T09:00");
        TicketView elsewhere = desk.hospital.raiseFor(NURSE_WANG, "his", "ONE_DEPARTMENT", "DEGRADED", 1);
        desk.handle(new ChangeCommand.LinkIncident(CHANGE_MANAGER_LIN, change.id(), null, during.id(),
                IncidentRelation.CAUSED));

        List<PossiblyCausedIncident> found = queries.possiblyCausedIncidents(CHANGE_MANAGER_LIN, change.id());

        assertThat(found).extracting(PossiblyCausedIncident::incident).containsExactly(during.id(), soonAfter.id());
        assertThat(found).extracting(PossiblyCausedIncident::linkedAsCaused).containsExactly(true, false);
        assertThat(found.get(0).on()).containsExactly(desk.hisServer(1));
        assertThat(found).extracting(PossiblyCausedIncident::incident)
                .doesNotContain(before.id(), daysLater.id(), elsewhere.id());
    }

    /** An incident raised at {@code local} time, recorded against the first HIS application server. */
    private static TicketView incidentOn(ChangeDesk desk, String local) {
        desk.advanceTo(local);
        TicketView incident = desk.hospital.raiseFor(NURSE_WANG, "his", "ONE_DEPARTMENT", "DEGRADED", 0);
        desk.hospital.desk.affectedCis.link(incident.id(), desk.hisServer(1));
        return incident;
    }

    @Test
    void theForwardScheduleShowsTheChangesTheirConflictsAndTheWindowsOfThePeriod() {
        ChangeView emergency = desk.approved(ChangeModel.EMERGENCY, Set.of(desk.hisServer(1)), "2026-03-03T09:00",
                "2026-03-03T10:00");
        desk.handle(new ChangeCommand.Schedule(CHANGE_MANAGER_LIN, emergency.id(), null, at("2026-03-03T09:00"),
                at("2026-03-03T10:00"), "HIS node under attack"));
        ChangeView night = desk.scheduled(ChangeModel.NORMAL, Set.of(desk.pacsServer(1)), "2026-03-04T02:00",
                "2026-03-04T04:00");

        ForwardSchedule schedule = queries.forwardSchedule(AGENT_CHEN, at("2026-03-02T00:00"), at("2026-03-09T00:00"));

        assertThat(schedule.changes()).extracting(entry -> entry.change().id())
                .containsExactly(emergency.id(), night.id());
        assertThat(schedule.changes().get(0).conflicts()).extracting(ScheduleConflict::kind)
                .containsExactly(ConflictKind.BLACKOUT);
        assertThat(schedule.changes().get(1).hasConflicts()).isFalse();
        assertThat(schedule.blackouts()).hasSize(5); // Monday to Friday mornings
        assertThatThrownBy(() -> queries.forwardSchedule(NURSE_WANG, at("2026-03-02T00:00"), at("2026-03-09T00:00")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> queries.forwardSchedule(AGENT_CHEN, at("2026-03-02T00:00"), at("2028-03-09T00:00")))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("to"));
    }

    @Test
    void aDryRunTellsTheConflictsOfAProposedWindowAndItsMaintenanceWindowsWithoutSchedulingAnything() {
        desk.scheduled(ChangeModel.NORMAL, Set.of(desk.pacsServer(1)), "2026-03-04T02:00", "2026-03-04T04:00");
        desk.hospital.desk.changes.configuration().defineWindow(new ChangeConfigurationCommand.DefineWindow(
                CHANGE_MANAGER_LIN, ChangeWindowId.of("pacs-night"), "PACS night maintenance", WindowKind.MAINTENANCE,
                Set.of(desk.pacsServer(2)), new ChangeWindow.Timing.Weekly(WeeklyWindow.weekdays(LocalTime.of(1, 0),
                        LocalTime.of(6, 0))), null, null));
        ChangeDesk.Picture before = desk.picture();

        ScheduleCheckResult clash = queries.checkSchedule(SPECIALIST_HUANG, ProposedSchedule.forNew(
                Set.of(desk.pacsServer(2)), at("2026-03-04T03:00"), at("2026-03-04T05:00"),
                ExpectedOutage.Kind.WHOLE_WINDOW));
        ScheduleCheckResult clear = queries.checkSchedule(SPECIALIST_HUANG, ProposedSchedule.forNew(
                Set.of(desk.pacsServer(2)), at("2026-03-05T03:00"), at("2026-03-05T05:00"),
                ExpectedOutage.Kind.WHOLE_WINDOW));

        assertThat(clash.conflicts()).extracting(ScheduleConflict::kind).containsExactly(ConflictKind.COMBINED_OUTAGE);
        assertThat(clear.isClear()).isTrue();
        assertThat(clear.maintenanceWindows()).extracting(o -> o.window().id())
                .containsExactly(ChangeWindowId.of("pacs-night"));
        assertThat(desk.picture()).isEqualTo(before);
    }

    @Test
    void aWindowDefinedAfterACheckIsSeenByTheNextOne() {
        ProposedSchedule patch = ProposedSchedule.forNew(Set.of(desk.pacsServer(2)), at("2026-03-05T03:00"),
                at("2026-03-05T05:00"), ExpectedOutage.Kind.WHOLE_WINDOW);
        assertThat(queries.checkSchedule(SPECIALIST_HUANG, patch).isClear()).isTrue();

        desk.hospital.desk.changes.configuration().defineWindow(new ChangeConfigurationCommand.DefineWindow(
                CHANGE_MANAGER_LIN, ChangeWindowId.of("pacs-archive-migration"), "PACS archive migration",
                WindowKind.BLACKOUT, Set.of(desk.pacsServer(2)), new ChangeWindow.Timing.Weekly(
                        WeeklyWindow.weekdays(LocalTime.of(0, 0), LocalTime.of(6, 0))), null, null));

        assertThat(queries.checkSchedule(SPECIALIST_HUANG, patch).conflicts()).extracting(ScheduleConflict::kind)
                .containsExactly(ConflictKind.BLACKOUT);
    }

    @Test
    void aDryRunForAnExistingChangeLeavesItOutOfTheOthers() {
        ChangeView night = desk.scheduled(ChangeModel.NORMAL, Set.of(desk.pacsServer(1)), "2026-03-04T02:00",
                "2026-03-04T04:00");

        ScheduleCheckResult moved = queries.checkSchedule(SPECIALIST_HUANG, ProposedSchedule.forChange(night.id(),
                at("2026-03-04T03:00"), at("2026-03-04T05:00")));

        assertThat(moved.isClear()).isTrue();
        assertThat(moved.candidate().number()).isEqualTo(night.number());
    }

    @Test
    void theConfigurationIsKeptByTheChangeManagerAndReadByWhoeverSeesChanges() {
        assertThat(queries.boards(DIRECTOR_GAO)).extracting(b -> b.id()).containsExactly(ChangeSettings.CAB,
                ChangeSettings.ECAB);
        assertThat(queries.templates(ENGINEER_LIU)).extracting(t -> t.code()).containsExactly(ChangeDesk.PRINTER_SWAP);
        assertThat(queries.windows(AGENT_CHEN)).extracting(w -> w.id().value()).containsExactly("his-outpatient-peak");
        assertThatThrownBy(() -> queries.windows(NURSE_WANG)).isInstanceOf(NotPermittedException.class);

        ChangeConfigurationUseCase configuration = desk.hospital.desk.changes.configuration();
        assertThatThrownBy(() -> configuration.removeWindow(new ChangeConfigurationCommand.RemoveWindow(
                SPECIALIST_HUANG, ChangeWindowId.of("his-outpatient-peak")))).isInstanceOf(NotPermittedException.class);
        configuration.removeWindow(new ChangeConfigurationCommand.RemoveWindow(CHANGE_MANAGER_LIN,
                ChangeWindowId.of("his-outpatient-peak")));
        assertThat(queries.windows(AGENT_CHEN)).isEmpty();
        assertThatThrownBy(() -> configuration.removeWindow(new ChangeConfigurationCommand.RemoveWindow(
                CHANGE_MANAGER_LIN, ChangeWindowId.of("his-outpatient-peak"))))
                .isInstanceOf(ChangeWindowNotFoundException.class);
    }
}
