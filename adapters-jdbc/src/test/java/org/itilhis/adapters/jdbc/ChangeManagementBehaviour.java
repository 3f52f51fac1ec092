package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.CHANGE_MANAGER_LIN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.HEAD_NURSE_HAN;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itilhis.core.change.CabRole;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.change.Likelihood;
import org.itilhis.core.change.Vote;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.change.schedule.ChangeConfigurationEvent;
import org.itilhis.core.change.schedule.ChangeWindow;
import org.itilhis.core.change.schedule.ChangeWindowId;
import org.itilhis.core.change.schedule.WindowKind;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.ports.change.in.ChangeCommand;
import org.itilhis.ports.change.in.ChangeConfigurationCommand;
import org.itilhis.ports.change.in.ChangeSearch;
import org.itilhis.ports.change.in.ChangeView;
import org.itilhis.ports.change.in.RaiseChange;
import org.itilhis.ports.change.in.ScheduleConflictsException;
import org.itilhis.ports.change.service.ChangeManagement;
import org.itilhis.ports.change.service.ChangePorts;
import org.itilhis.ports.change.service.ChangeSettings;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.testkit.DemoCmdb;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.MutableClock;
import org.itilhis.testkit.memory.RecordingNotifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Change management's application service on the JDBC stores of one database, with the demo
 * hospital's CMDB: the CAB, the emergency CAB and the HIS outpatient blackout configured through
 * the configuration use case, then a normal change of an HIS server through the CAB's vote to
 * its close, every step a command whose events the JDBC event log keeps; a change inside the
 * blackout refused when scheduled, leaving the stored change and the log as they were; and the
 * configuration's own events (boards and windows defined, a window removed) read back from the log.
 */
abstract class ChangeManagementBehaviour extends DatabaseIT {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ValidatorFactory validators = Validation.buildDefaultValidatorFactory();
    private final MutableClock clock = MutableClock.at("2026-03-02T00:00:00Z");
    private ChangeManagement changes;
    private DemoCmdb.Estate estate;

    @BeforeAll
    void wire() {
        db.emptyTables();
        ServiceDeskPorts ports = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), new RecordingNotifier(), DemoHospital.directory(), storage.transactions(), clock,
                storage.personalDataReads());
        ServiceDesk desk = ServiceDesk.create(ports, DemoHospital.settings(), validators.getValidator());
        CmdbPorts cmdbPorts = new CmdbPorts(ports, storage.configurationItems(), storage.affectedCiLinks(),
                storage.cmdb().faultIncidentLinks());
        Cmdb cmdb = Cmdb.create(cmdbPorts, CmdbSettings.hospitalDefault(), DemoHospital.settings(),
                validators.getValidator(), desk);
        estate = DemoCmdb.loadInto(cmdb, CONFIG_MANAGER_QIAN);
        var stores = storage.change();
        changes = ChangeManagement.create(new ChangePorts(cmdbPorts, storage.problem().problems(), stores.changes(),
                        stores.numbers(), stores.boards(), stores.templates(), stores.windows()),
                ChangeSettings.hospitalDefault(SHANGHAI), DemoHospital.settings(), validators.getValidator(), cmdb);
        configure();
    }

    @AfterAll
    void closeValidators() {
        validators.close();
    }

    @Test
    void aNormalChangeGoesThroughTheCabToItsCloseAndEveryStepIsStoredAndLogged() {
        ChangeId id = raise("2026-03-04T02:00", "2026-03-04T04:00").id();
        handle(new ChangeCommand.Submit(SPECIALIST_HUANG, id, null));
        handle(new ChangeCommand.Assess(CHANGE_MANAGER_LIN, id, null, Likelihood.POSSIBLE, "New patch, tested on one node"));
        ChangeView view = handle(new ChangeCommand.RequestApproval(CHANGE_MANAGER_LIN, id, null, null));
        assertThat(changes.queries().search(CHANGE_MANAGER_LIN, ChangeSearch.all(10).awaitingApprovalBy(ChangeSettings.CAB)))
                .extracting(ChangeView::id).contains(id);
        for (Actor member : List.of(DIRECTOR_GAO, HEAD_NURSE_HAN, LEAD_WU, CHANGE_MANAGER_LIN)) {
            if (view.status() == ChangeStatus.AWAITING_APPROVAL) {
                view = handle(new ChangeCommand.CastVote(member, id, null, Vote.Choice.APPROVE, "同意"));
            }
        }
        assertThat(view.status()).isEqualTo(ChangeStatus.APPROVED);
        handle(new ChangeCommand.Schedule(CHANGE_MANAGER_LIN, id, null, at("2026-03-04T02:00"), at("2026-03-04T04:00"),
                null));
        assertThat(storage.change().changes().scheduledOverlapping(at("2026-03-04T03:00"), at("2026-03-04T03:01")))
                .extracting(change -> change.id()).contains(id);
        clock.advance(Duration.between(clock.instant(), at("2026-03-04T02:00")));
        handle(new ChangeCommand.Start(SPECIALIST_HUANG, id, null));
        handle(new ChangeCommand.Complete(SPECIALIST_HUANG, id, null));
        handle(new ChangeCommand.Review(CHANGE_MANAGER_LIN, id, null, true, Set.of(), "打补丁顺利", null));
        ChangeView closed = handle(new ChangeCommand.Close(CHANGE_MANAGER_LIN, id, null));

        assertThat(closed.status()).isEqualTo(ChangeStatus.CLOSED);
        assertThat(storage.change().changes().find(id).orElseThrow().snapshot()).isEqualTo(closed.state());
        List<String> types = storage.events().history(id.toString()).stream().map(DomainEvent::type).toList();
        assertThat(types).startsWith("change.raised", "change.submitted", "change.assessed",
                "change.approval-requested", "change.vote-cast").contains("change.cab-decided")
                .endsWith("change.scheduled", "change.implementation-started", "change.implemented",
                        "change.reviewed", "change.closed");
        assertThat(changes.queries().history(CHANGE_MANAGER_LIN, id)).hasSize(types.size());
    }

    @Test
    void aNormalChangeInsideTheHisBlackoutIsRefusedWhenScheduledAndNothingChanges() {
        ChangeId id = raise("2026-03-05T09:00", "2026-03-05T10:00").id();
        handle(new ChangeCommand.Submit(SPECIALIST_HUANG, id, null));
        handle(new ChangeCommand.Assess(CHANGE_MANAGER_LIN, id, null, Likelihood.RARE, "Routine"));
        ChangeView view = handle(new ChangeCommand.RequestApproval(CHANGE_MANAGER_LIN, id, null, null));
        for (Actor member : List.of(CHANGE_MANAGER_LIN, DIRECTOR_GAO, HEAD_NURSE_HAN, LEAD_WU)) {
            if (view.status() == ChangeStatus.AWAITING_APPROVAL) {
                view = handle(new ChangeCommand.CastVote(member, id, null, Vote.Choice.APPROVE, ""));
            }
        }
        int logged = storage.events().history(id.toString()).size();

        assertThatThrownBy(() -> handle(new ChangeCommand.Schedule(CHANGE_MANAGER_LIN, id, null,
                at("2026-03-05T09:00"), at("2026-03-05T10:00"), null))).isInstanceOfSatisfying(
                ScheduleConflictsException.class, refused -> assertThat(refused.code())
                        .isEqualTo("change.schedule-conflicts"));
        assertThat(storage.change().changes().find(id).orElseThrow().status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(storage.events().history(id.toString())).hasSize(logged);
    }

    @Test
    void theConfigurationIsInTheJdbcEventLogWithWhoAndTheValues() {
        ChangeWindowId trial = ChangeWindowId.of("registration-maintenance-trial");
        changes.configuration().defineWindow(new ChangeConfigurationCommand.DefineWindow(CHANGE_MANAGER_LIN, trial,
                "Registration maintenance trial 挂号维护试行", WindowKind.MAINTENANCE,
                Set.of(estate.outpatientRegistration()), new ChangeWindow.Timing.Dated(
                        LocalDateTime.parse("2027-02-05T18:00"), LocalDateTime.parse("2027-02-13T08:00")),
                null, null));
        ChangeWindow defined = storage.change().windows().find(trial).orElseThrow();
        changes.configuration().removeWindow(new ChangeConfigurationCommand.RemoveWindow(CHANGE_MANAGER_LIN, trial));

        List<DomainEvent> boards = storage.events().history(ChangeConfigurationEvent.BOARDS);
        assertThat(boards).extracting(DomainEvent::type).containsExactly("change-configuration.board-defined",
                "change-configuration.board-defined");
        assertThat(boards).allSatisfy(event -> assertThat(event.actor()).isEqualTo(CHANGE_MANAGER_LIN.staffId()));
        assertThat(boards).map(event -> ((ChangeConfigurationEvent.BoardDefined) event).board())
                .containsExactlyInAnyOrderElementsOf(storage.change().boards().all());
        List<DomainEvent> windows = storage.events().history(ChangeConfigurationEvent.WINDOWS);
        assertThat(windows).extracting(DomainEvent::type).containsExactly("change-configuration.window-defined",
                "change-configuration.window-defined", "change-configuration.window-removed");
        assertThat(windows.get(0)).isInstanceOfSatisfying(ChangeConfigurationEvent.WindowDefined.class,
                event -> assertThat(event.window()).isEqualTo(storage.change().windows()
                        .find(ChangeWindowId.of("his-outpatient-peak")).orElseThrow()));
        assertThat(windows.get(2)).isEqualTo(new ChangeConfigurationEvent.WindowRemoved(defined,
                CHANGE_MANAGER_LIN.staffId(), windows.get(2).occurredAt()));
        assertThat(storage.change().windows().find(trial)).isEmpty();
    }

    private void configure() {
        var configuration = changes.configuration();
        configuration.defineBoard(new ChangeConfigurationCommand.DefineBoard(CHANGE_MANAGER_LIN, ChangeSettings.CAB,
                "Change advisory board 变更咨询委员会", false, Map.of(
                        CHANGE_MANAGER_LIN.staffId(), Set.of(CabRole.CHANGE_MANAGER),
                        DIRECTOR_GAO.staffId(), Set.of(CabRole.IT_DIRECTOR),
                        LEAD_WU.staffId(), Set.of(CabRole.GROUP_LEAD),
                        HEAD_NURSE_HAN.staffId(), Set.of(CabRole.CLINICAL_REPRESENTATIVE))));
        configuration.defineBoard(new ChangeConfigurationCommand.DefineBoard(CHANGE_MANAGER_LIN, ChangeSettings.ECAB,
                "Emergency CAB 紧急变更咨询委员会", true, Map.of(
                        CHANGE_MANAGER_LIN.staffId(), Set.of(CabRole.CHANGE_MANAGER),
                        DIRECTOR_GAO.staffId(), Set.of(CabRole.IT_DIRECTOR),
                        HEAD_NURSE_HAN.staffId(), Set.of(CabRole.CLINICAL_REPRESENTATIVE))));
        configuration.defineWindow(new ChangeConfigurationCommand.DefineWindow(CHANGE_MANAGER_LIN,
                ChangeWindowId.of("his-outpatient-peak"), "HIS outpatient peak 门诊高峰", WindowKind.BLACKOUT,
                Set.of(estate.outpatientRegistration()), new ChangeWindow.Timing.Weekly(
                        WeeklyWindow.weekdays(LocalTime.of(7, 30), LocalTime.of(12, 0))), LocalDate.of(2026, 1, 1),
                null));
        assertThat(storage.change().boards().all()).hasSize(2);
        assertThat(storage.change().windows().all()).singleElement()
                .satisfies(window -> assertThat(window.effectiveFrom()).contains(LocalDate.of(2026, 1, 1)));
    }

    private ChangeView raise(String from, String to) {
        CiId server = estate.hisCluster().get(0);
        return changes.changes().raise(new RaiseChange(SPECIALIST_HUANG, ChangeModel.NORMAL, null,
                "Patch the HIS application server 修补HIS应用服务器", "Apply the vendor's security patch",
                "Stop the node, patch, restart", "Restore the VM snapshot taken before",
                "Log in as a registration clerk and register a test patient", Set.of(server), at(from), at(to),
                ExpectedOutage.Kind.WHOLE_WINDOW, null, HIS_SUPPORT, CHANGE_MANAGER_LIN.staffId()));
    }

    private ChangeView handle(ChangeCommand command) {
        return changes.changes().handle(command);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }
}
