package org.itilhis.ports.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.itilhis.core.access.Scope;
import org.itilhis.core.calendar.CalendarDays;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.inspection.ItemKind;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.workload.OperationsWork;
import org.itilhis.core.workload.WorkCounts;
import org.itilhis.ports.common.ReadAuditQuery;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.operations.in.InspectionCommand;
import org.itilhis.ports.operations.in.RoundView;
import org.itilhis.ports.operations.service.InspectionPorts;
import org.itilhis.ports.operations.service.InspectionSettings;
import org.itilhis.ports.operations.service.Inspections;
import org.itilhis.ports.reporting.in.WorkloadReport;
import org.itilhis.ports.reporting.in.WorkloadRequest;
import org.itilhis.ports.reporting.in.WorkloadRow;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryInspectionRoundRepository;
import org.itilhis.testkit.memory.InMemoryInspectionScheduleRepository;
import org.itilhis.testkit.memory.InMemoryInspectionTemplateRepository;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The machine room rounds of desktop support in the workload report (issue 18), on the in-memory
 * ports: the round of Monday 2 March 20:00 is recorded by Zhou before it is due, Tuesday's 08:00
 * one by Liu half an hour late, and Tuesday's 20:00 round by no one: the library flags it missed
 * at 22:30, its two hours' grace gone.
 */
class OperationsWorkloadTest {
    private static final WorkloadRequest MARCH = new WorkloadRequest(LocalDate.parse("2026-03-01"),
            LocalDate.parse("2026-04-01"));

    private final WorkloadHospital workload = new WorkloadHospital();
    private final InMemoryServiceDesk desk = workload.hospital.desk;
    private Inspections inspections;

    @BeforeEach
    void desktopSupportKeepsTheMachineRoomRound() {
        DemoHospital.configureServiceLevels(desk.levels.administration());
        CiId room = desk.cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, "server",
                new CiData("MR-1", "Machine room 1", null, "Main campus", "Building 7", "B1", "Server room 1", "it",
                        DESKTOP.value(), ServiceCriticality.IMPORTANT, "Emerson", null, Map.of("hostname", "mr-1",
                        "ipAddress", "10.1.9.30")), CiStatus.IN_USE)).item().id();
        inspections = Inspections.create(new InspectionPorts(desk.ports, desk.slaConfiguration,
                desk.configurationItems, desk.cmdb.faultIncidents(),
                new InMemoryInspectionTemplateRepository(desk.transactions),
                new InMemoryInspectionScheduleRepository(desk.transactions),
                new InMemoryInspectionRoundRepository(desk.transactions)), InspectionSettings.hospitalDefault(),
                DemoHospital.settings(), InMemoryServiceDesk.validator());
        inspections.inspections().writeTemplate(new InspectionCommand.WriteTemplate(LEAD_SUN, "MR-DAILY", DESKTOP, 0L,
                "机房日常巡检 Machine room daily round", room, List.of(new InspectionCommand.ItemDefinition(
                        "temperature", "机房温度 Machine room temperature", ItemKind.READING, null, "°C",
                        new BigDecimal("18"), new BigDecimal("27"), null, null))));
        inspections.inspections().defineSchedule(new InspectionCommand.DefineSchedule(LEAD_SUN, DESKTOP, "MR-DAILY",
                "0 8,20 * * *", CalendarDays.EVERY_DAY, DemoHospital.ROUND_THE_CLOCK, Duration.ofHours(2)));
        inspections.roundsDue().run();

        workload.at("2026-03-02T19:50");
        record(ENGINEER_ZHOU, "2026-03-02T20:00");
        workload.at("2026-03-03T08:30");
        inspections.roundsDue().run();
        record(ENGINEER_LIU, "2026-03-03T08:00");
        workload.at("2026-03-03T22:30");
        assertThat(inspections.roundsDue().run().missed()).isEqualTo(1);
    }

    private void record(Actor engineer, String due) {
        RoundView round = inspections.queries().rounds(engineer, DESKTOP, WorkloadHospital.beijing("2026-03-01T00:00"),
                WorkloadHospital.beijing("2026-04-01T00:00"), Set.of()).stream()
                .filter(r -> r.state().due().equals(WorkloadHospital.beijing(due))).findFirst().orElseThrow();
        inspections.inspections().recordRound(new InspectionCommand.RecordRound(engineer, round.id(), round.version(),
                round.state().templateVersion(), engineer.staffId(), desk.clock.instant(), List.of(
                        new InspectionCommand.Answer("temperature", null, "22.5", "°C", null, null))));
    }

    private WorkloadReport report(Actor reader) {
        return workload.reporting.workload().report(reader, MARCH);
    }

    private static Map<String, OperationsWork> operations(List<WorkloadRow> rows) {
        return rows.stream().collect(Collectors.toMap(WorkloadRow::key, r -> r.figures().counts().operations()));
    }

    private static OperationsWork rounds(long recorded, long late, long missed) {
        return new OperationsWork(recorded, late, missed, 0, 0, 0, 0, 0);
    }

    @Test
    void eachRoundRecordedIsItsPerformersInTheRoundsGroupAndTheMissedOneIsTheGroupsAndNoOnes() {
        WorkloadReport report = report(DIRECTOR_GAO);

        assertThat(operations(report.engineers())).containsOnly(
                Map.entry(ENGINEER_ZHOU.staffId().value(), rounds(1, 0, 0)),
                Map.entry(ENGINEER_LIU.staffId().value(), rounds(1, 1, 0)),
                Map.entry(WorkloadRow.NONE, rounds(0, 0, 1)));
        assertThat(operations(report.groups())).containsOnly(Map.entry(DESKTOP.value(), rounds(2, 1, 1)));
        assertThat(report.total().counts()).isEqualTo(WorkCounts.of(rounds(2, 1, 1)));
        assertThat(report.total().counts().operations().roundCompletionRate()).hasValue(2.0 / 3);
        assertThat(report.trend()).singleElement().satisfies(m -> assertThat(m.figures()).isEqualTo(report.total()));
    }

    @Test
    void theRoundsAddUpFromEngineersToTheGroupToTheHospital() {
        WorkloadReport report = report(DIRECTOR_GAO);

        for (List<WorkloadRow> view : List.of(report.engineers(), report.groups(), report.engineerDepartments(),
                report.callerDepartments())) {
            assertThat(view.stream().map(r -> r.figures().counts()).reduce(WorkCounts.ZERO, WorkCounts::plus))
                    .isEqualTo(report.total().counts());
        }
    }

    @Test
    void theLeadSeesTheGroupsMissedRoundAndLiuOnlyHisOwnRound() {
        assertThat(report(LEAD_SUN).scope()).isEqualTo(Scope.GROUP);
        assertThat(report(LEAD_SUN).total().counts().operations()).isEqualTo(rounds(2, 1, 1));
        WorkloadReport liu = report(ENGINEER_LIU);
        assertThat(liu.scope()).isEqualTo(Scope.OWN);
        assertThat(operations(liu.engineers())).containsOnly(Map.entry(ENGINEER_LIU.staffId().value(),
                rounds(1, 1, 0)));
    }

    @Test
    void theRowOfNoOnesWorkIsNotRecordedAsAReadOfAnyonesPersonalData() {
        report(DIRECTOR_GAO);

        assertThat(desk.personalDataReads.find(ReadAuditQuery.all(10))).extracting(r -> r.read().recordId())
                .containsExactlyInAnyOrder(ENGINEER_ZHOU.staffId().value(),
                ENGINEER_LIU.staffId().value());
    }

    @Test
    void theRebuiltFactsGiveTheSameReport() {
        WorkloadReport before = report(DIRECTOR_GAO);

        workload.reporting.projection().rebuild();

        WorkloadReport after = report(DIRECTOR_GAO);
        assertThat(after.engineers()).isEqualTo(before.engineers());
        assertThat(after.groups()).isEqualTo(before.groups());
        assertThat(after.total()).isEqualTo(before.total());
    }
}
