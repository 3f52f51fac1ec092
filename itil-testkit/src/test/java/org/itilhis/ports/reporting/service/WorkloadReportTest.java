package org.itilhis.ports.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NETWORK;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.SERVICE_DESK;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.access.Scope;
import org.itilhis.core.roster.ShiftKind;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.workload.ReportPeriodInvalidException;
import org.itilhis.core.workload.TimeSplit;
import org.itilhis.core.workload.WorkCounts;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.common.PersonalDataRead;
import org.itilhis.ports.common.ReadAuditQuery;
import org.itilhis.ports.reporting.in.WorkloadFigures;
import org.itilhis.ports.reporting.in.WorkloadReport;
import org.itilhis.ports.reporting.in.WorkloadRequest;
import org.itilhis.ports.reporting.in.WorkloadRow;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * March 2026 at the demo hospital: nurse Wang's label printer. Engineer Liu is rostered on the
 * day shift of Monday 2 March; he works 90 minutes in his shift and an hour after it, resolves
 * the incident, nurse Wang confirms and rates it 4. Agent Chen logged her call. On Labour Day Liu
 * is called in for two hours.
 */
class WorkloadReportTest {
    private static final WorkloadRequest MARCH = new WorkloadRequest(LocalDate.parse("2026-03-01"),
            LocalDate.parse("2026-04-01"));

    private final WorkloadHospital workload = new WorkloadHospital();
    private final Hospital hospital = workload.hospital;
    private TicketView printer;

    @BeforeEach
    void liuFixesNurseWangsPrinter() {
        workload.rosters(ENGINEER_LIU, DESKTOP, ShiftKind.DAY, "2026-03-02T08:00", "2026-03-02T17:30");
        workload.rosters(ENGINEER_ZHOU, DESKTOP, ShiftKind.DAY, "2026-03-03T08:00", "2026-03-03T17:30");
        workload.at("2026-03-02T08:00");
        printer = hospital.printerIncident();
        hospital.handle(new TicketCommand.Accept(ENGINEER_LIU, printer.id(), null));
        hospital.handle(new TicketCommand.Start(ENGINEER_LIU, printer.id(), null));
        workload.at("2026-03-02T10:00");
        hospital.handle(new TicketCommand.AddWorkLog(ENGINEER_LIU, printer.id(), null, 90, "cleaned the rollers"));
        workload.at("2026-03-02T19:00");
        hospital.handle(new TicketCommand.AddWorkLog(ENGINEER_LIU, printer.id(), null, 60, "replaced the roller"));
        hospital.handle(new TicketCommand.Resolve(ENGINEER_LIU, printer.id(), null, ResolutionCode.HARDWARE_REPLACED,
                "new roller"));
        hospital.handle(new TicketCommand.Confirm(NURSE_WANG, printer.id(), null));
        hospital.handle(new TicketCommand.Rate(NURSE_WANG, printer.id(), null, 4, "quick"));
    }

    private WorkloadReport report(org.itilhis.core.shared.Actor actor, WorkloadRequest request) {
        return workload.reporting.workload().report(actor, request);
    }

    private static Map<String, WorkloadFigures> byKey(Iterable<WorkloadRow> rows) {
        return java.util.stream.StreamSupport.stream(rows.spliterator(), false)
                .collect(Collectors.toMap(WorkloadRow::key, WorkloadRow::figures));
    }

    @Test
    void theDirectorSeesLiusTicketHisTimeSplitByHisShiftAndHisDuty() {
        WorkloadReport report = report(DIRECTOR_GAO, MARCH);

        WorkloadFigures liu = byKey(report.engineers()).get(ENGINEER_LIU.staffId().value());
        assertThat(liu.counts()).isEqualTo(WorkCounts.oneAccepted().plus(WorkCounts.oneResolved())
                .plus(WorkCounts.work(90)).plus(WorkCounts.work(60)).plus(WorkCounts.oneClosed(true))
                .plus(WorkCounts.oneRating(4)));
        assertThat(liu.split()).isEqualTo(new TimeSplit(Duration.ofMinutes(90), Duration.ofMinutes(60), Duration.ZERO));
        assertThat(liu.dutyTime()).isEqualTo(Duration.ofMinutes(9 * 60 + 30));
        assertThat(liu.counts().ticketsWorked()).isEqualTo(2);
        assertThat(liu.counts().slaCompliance()).hasValue(1.0);
        assertThat(liu.counts().meanSatisfaction()).hasValue(4.0);
        assertThat(report.scope()).isEqualTo(Scope.ANY);
        assertThat(report.asOf()).isEqualTo(hospital.log().size());
    }

    @Test
    void everyViewAddsUpToTheHospitalsTotal() {
        WorkloadReport report = report(DIRECTOR_GAO, MARCH);

        assertThat(byKey(report.engineers()).keySet()).containsExactlyInAnyOrder(AGENT_CHEN.staffId().value(),
                ENGINEER_LIU.staffId().value(), ENGINEER_ZHOU.staffId().value());
        assertThat(byKey(report.groups()).keySet()).containsExactlyInAnyOrder(SERVICE_DESK.value(), DESKTOP.value());
        assertThat(byKey(report.callerDepartments()).get("ward-5-east").counts())
                .isEqualTo(report.total().counts());
        for (var view : java.util.List.of(report.engineers(), report.groups(), report.engineerDepartments())) {
            assertThat(view.stream().map(WorkloadRow::figures).reduce(WorkloadFigures.NONE, WorkloadFigures::plus))
                    .isEqualTo(report.total());
        }
        assertThat(report.trend()).extracting(WorkloadReport.MonthRow::month).containsExactly(YearMonth.of(2026, 3));
        assertThat(report.trend().get(0).figures()).isEqualTo(report.total());
        assertThat(report.total().counts().contactsLogged()).isEqualTo(1);
        assertThat(report.total().counts().firstContactResolutionRate()).hasValue(0.0);
    }

    @Test
    void anEngineerSeesOnlyTheirOwnFigures() {
        WorkloadReport report = report(ENGINEER_LIU, MARCH);

        assertThat(report.scope()).isEqualTo(Scope.OWN);
        assertThat(report.engineers()).extracting(WorkloadRow::key).containsExactly(ENGINEER_LIU.staffId().value());
        assertThat(report.groups()).extracting(WorkloadRow::key).containsExactly(DESKTOP.value());
        assertThat(report.total()).isEqualTo(report.engineers().get(0).figures());
    }

    @Test
    void aGroupLeadSeesTheWorkDoneInTheirGroupsAndNotTheDesksCalls() {
        WorkloadReport report = report(LEAD_SUN, MARCH);

        assertThat(report.scope()).isEqualTo(Scope.GROUP);
        assertThat(report.engineers()).extracting(WorkloadRow::key)
                .containsExactly(ENGINEER_LIU.staffId().value(), ENGINEER_ZHOU.staffId().value());
        assertThat(report.total().counts().contactsLogged()).isZero();
        assertThat(report.total().dutyTime()).isEqualTo(Duration.ofMinutes(2 * (9 * 60 + 30)));
    }

    @Test
    void workDoneInALeadsGroupBySomeoneFromAnotherGroupIsSplitByThatPersonsOwnDuties() {
        workload.rosters(AGENT_CHEN, SERVICE_DESK, ShiftKind.DAY, "2026-03-03T08:00", "2026-03-03T17:30");
        TicketView second = hospital.printerIncident();
        workload.at("2026-03-03T09:00");
        hospital.handle(new TicketCommand.AddWorkLog(AGENT_CHEN, second.id(), null, 30, "talked the nurse through it"));

        WorkloadReport report = report(LEAD_SUN, MARCH);

        WorkloadFigures chen = byKey(report.engineers()).get(AGENT_CHEN.staffId().value());
        assertThat(chen.split()).isEqualTo(new TimeSplit(Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO));
        assertThat(chen.dutyTime()).as("his duty is the desk's, not the lead's group's").isZero();
    }

    @Test
    void aCallerMayNotSeeTheWorkload() {
        assertThatThrownBy(() -> report(NURSE_WANG, MARCH)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void badPeriodsAreRefusedAndNothingIsRead() {
        assertThatThrownBy(() -> report(DIRECTOR_GAO, new WorkloadRequest(LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-03-01")))).isInstanceOf(ReportPeriodInvalidException.class);
        assertThatThrownBy(() -> report(DIRECTOR_GAO, new WorkloadRequest(LocalDate.parse("2026-01-01"),
                LocalDate.parse("2027-01-03")))).isInstanceOf(ReportPeriodInvalidException.class);
        assertThatThrownBy(() -> report(DIRECTOR_GAO, new WorkloadRequest(null, LocalDate.parse("2026-03-01"))))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("from"));
        assertThat(hospital.desk.personalDataReads.find(ReadAuditQuery.all(10))).isEmpty();
    }

    @Test
    void eachEngineerShownIsRecordedAsARead() {
        report(LEAD_SUN, MARCH);

        assertThat(hospital.desk.personalDataReads.find(ReadAuditQuery.all(10)))
                .extracting(r -> r.read().recordId(), r -> r.read().kind(), r -> r.read().reader(), r -> r.read().purpose())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ENGINEER_LIU.staffId().value(),
                                PersonalDataRead.RecordKind.STAFF, LEAD_SUN.staffId(), PersonalDataRead.WORKLOAD),
                        org.assertj.core.groups.Tuple.tuple(ENGINEER_ZHOU.staffId().value(),
                                PersonalDataRead.RecordKind.STAFF, LEAD_SUN.staffId(), PersonalDataRead.WORKLOAD));
    }

    @Test
    void workOnLabourDayIsHolidayTimeAndTheTrendShowsEachMonth() {
        TicketView outage = hospital.printerIncident();
        hospital.handle(new TicketCommand.Accept(ENGINEER_LIU, outage.id(), null));
        workload.rosters(ENGINEER_LIU, DESKTOP, ShiftKind.DAY, "2026-05-01T08:00", "2026-05-01T17:30");
        workload.at("2026-05-01T11:00");
        hospital.handle(new TicketCommand.AddWorkLog(ENGINEER_LIU, outage.id(), null, 120, "came in for it"));

        WorkloadReport spring = report(DIRECTOR_GAO, new WorkloadRequest(LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-06-01")));

        assertThat(spring.trend()).extracting(WorkloadReport.MonthRow::month)
                .containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5));
        assertThat(spring.trend().get(1).figures()).isEqualTo(WorkloadFigures.NONE);
        assertThat(spring.trend().get(2).figures().split())
                .isEqualTo(new TimeSplit(Duration.ZERO, Duration.ZERO, Duration.ofHours(2)));
        assertThat(byKey(spring.engineers()).get(ENGINEER_LIU.staffId().value()).split())
                .isEqualTo(new TimeSplit(Duration.ofMinutes(90), Duration.ofMinutes(60), Duration.ofHours(2)));
        assertThat(spring.splitRules().explanationEn()).contains("holiday time");
        assertThat(spring.splitRules().explanationZh()).contains("法定节假日");
    }

    @Test
    void aTicketBouncedBetweenGroupsAThirdTimeIsPingPongAndEachMoveAwayIsCounted() {
        TicketView bounced = hospital.printerIncident();
        hospital.handle(new TicketCommand.Accept(ENGINEER_LIU, bounced.id(), null));
        hospital.handle(new TicketCommand.Assign(AGENT_CHEN, bounced.id(), null, NETWORK, null));
        hospital.handle(new TicketCommand.Assign(AGENT_CHEN, bounced.id(), null, DESKTOP, null));
        hospital.handle(new TicketCommand.Assign(AGENT_CHEN, bounced.id(), null, NETWORK, null));

        WorkloadReport report = report(DIRECTOR_GAO, MARCH);

        WorkloadFigures chenInDesktop = report.groups().stream().filter(r -> r.key().equals(DESKTOP.value()))
                .findFirst().orElseThrow().figures();
        assertThat(chenInDesktop.counts().pingPong()).isEqualTo(1);
        assertThat(byKey(report.engineers()).get(AGENT_CHEN.staffId().value()).counts().reassignedAway())
                .isEqualTo(3);
        assertThat(byKey(report.groups()).get(NETWORK.value()).counts().reassignedAway()).isEqualTo(1);
    }

    @Test
    void aReportForLastMarchGivesTheSameAnswerAfterTheFactsAreRebuiltAndNextYear() {
        WorkloadReport before = report(DIRECTOR_GAO, MARCH);
        workload.at("2027-03-15T09:00");
        hospital.printerIncident();

        workload.reporting.projection().rebuild();
        WorkloadReport after = report(DIRECTOR_GAO, MARCH);

        assertThat(after.engineers()).isEqualTo(before.engineers());
        assertThat(after.groups()).isEqualTo(before.groups());
        assertThat(after.total()).isEqualTo(before.total());
        assertThat(after.asOf()).isGreaterThan(before.asOf());
    }

    @Test
    void aSecondRunAppliesNothingAndAProjectionFromAStalePositionGivesUp() {
        WorkloadProjection first = workload.reporting.projection();
        WorkloadProjection second = new WorkloadProjection(
                new ReportingPorts(hospital.desk.ports, workload.duties, workload.facts), WorkloadHospital.RULES.zone());

        WorkloadProjection.Run caughtUp = first.run();
        assertThat(caughtUp.events()).isEqualTo(hospital.log().size());
        assertThat(second.run()).isEqualTo(new WorkloadProjection.Run(0, caughtUp.position()));
        assertThat(report(DIRECTOR_GAO, MARCH).total().counts().resolved()).isEqualTo(1);
    }
}
