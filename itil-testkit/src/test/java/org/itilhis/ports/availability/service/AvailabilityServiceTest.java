package org.itilhis.ports.availability.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.availability.DeclaredOutageEvent;
import org.itilhis.core.availability.NotABusinessServiceException;
import org.itilhis.core.availability.NotAnOutageStateException;
import org.itilhis.core.availability.OutageAlreadyEndedException;
import org.itilhis.core.availability.OutageEndsBeforeStartException;
import org.itilhis.core.availability.OutageOnServiceRequestException;
import org.itilhis.core.availability.OutageTimeInFutureException;
import org.itilhis.core.availability.OutageWithdrawnException;
import org.itilhis.core.availability.ReportPeriodException;
import org.itilhis.core.availability.UnknownCatalogueServiceException;
import org.itilhis.core.availability.UnknownOutageItemException;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.availability.in.AvailabilityQueries;
import org.itilhis.ports.availability.in.AvailabilityReports;
import org.itilhis.ports.availability.in.AvailabilityUseCase;
import org.itilhis.ports.availability.in.DeclaredOutageView;
import org.itilhis.ports.availability.in.OutageCommand;
import org.itilhis.ports.availability.in.ServiceTargetNotFoundException;
import org.itilhis.ports.availability.in.ServiceTargetView;
import org.itilhis.ports.availability.in.SetAvailabilityTarget;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.common.InvalidCommandException.FieldViolation;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryAvailability;
import org.junit.jupiter.api.Test;

/**
 * Declaring outages on incidents and setting targets on the in-memory demo hospital: Nurse
 * Wang's label printer incident is the desktop group's, so engineer Liu (desktop) declares the
 * printer's outage on it and HIS specialist Huang, who does not see it, may not; director Gao sets the targets. Every
 * refusal changes nothing.
 */
class AvailabilityServiceTest {
    private final Hospital hospital = new Hospital();
    private final InMemoryAvailability memory = new InMemoryAvailability(hospital.desk, DemoHospital.settings(),
            OutageSources.none());
    private final AvailabilityUseCase availability = memory.availability.availability();
    private final AvailabilityQueries queries = memory.availability.queries();
    private final AvailabilityReports reports = memory.availability.reports();
    private final Instant now = hospital.desk.clock.instant();
    private final CiId printer = register("hardware", "PRN-5E-01", "5东护士站腕带打印机 wristband printer",
            ServiceCriticality.IMPORTANT, Map.of());
    private final TicketView incident;

    AvailabilityServiceTest() {
        DemoHospital.configureServiceLevels(hospital.desk.levels.administration());
        incident = hospital.printerIncident();
    }

    private CiId register(String classCode, String tag, String name, ServiceCriticality criticality,
                          Map<String, String> attributes) {
        return hospital.desk.cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, classCode,
                new CiData(tag, name, null, "Main campus", "Building 2", "5", "East", "it",
                        DemoHospital.DESKTOP.value(), criticality, null, null, attributes), CiStatus.IN_USE)).item().id();
    }

    private DeclaredOutageView declare(Instant start, Instant end) {
        return availability.declare(new OutageCommand.Declare(ENGINEER_LIU, incident.id(), printer,
                OperationalState.DOWN, start, end, "打印机卡死 the printer hangs"));
    }

    @Test
    void anEngineerOfTheIncidentsGroupDeclaresAnOutageEndsItCorrectsItAndWithdrawsItEachAnEvent() {
        DeclaredOutageView declared = declare(now.minus(Duration.ofHours(2)), null);
        DeclaredOutageView ended = availability.end(new OutageCommand.End(ENGINEER_LIU, declared.outage().id(),
                declared.version(), now.minus(Duration.ofMinutes(30))));
        DeclaredOutageView corrected = availability.correct(new OutageCommand.Correct(ENGINEER_LIU,
                declared.outage().id(), ended.version(), OperationalState.DEGRADED, now.minus(Duration.ofHours(3)),
                now.minus(Duration.ofMinutes(30)), "只是打印缓慢 it only printed slowly"));
        DeclaredOutageView withdrawn = availability.withdraw(new OutageCommand.Withdraw(ENGINEER_LIU,
                declared.outage().id(), corrected.version(), "错报 reported on the wrong printer"));

        assertThat(declared.outage().incidentNumber()).isEqualTo(incident.number());
        assertThat(ended.outage().end()).contains(now.minus(Duration.ofMinutes(30)));
        assertThat(corrected.outage().state()).isEqualTo(OperationalState.DEGRADED);
        assertThat(withdrawn.outage().withdrawal()).contains("错报 reported on the wrong printer");
        assertThat(withdrawn.version()).isEqualTo(4);
        assertThat(queries.outagesOf(DIRECTOR_GAO, incident.id())).containsExactly(withdrawn);
        assertThat(hospital.log()).filteredOn(DeclaredOutageEvent.class::isInstance).extracting(DomainEvent::type)
                .containsExactly("availability.outage-declared", "availability.outage-ended",
                        "availability.outage-corrected", "availability.outage-withdrawn");
        assertThatThrownBy(() -> availability.end(new OutageCommand.End(ENGINEER_LIU, declared.outage().id(), null,
                now))).isInstanceOf(OutageWithdrawnException.class);
    }

    @Test
    void anEngineerOfAnotherGroupDoesNotFindTheIncidentItsCallerMayNotDeclareButTheDeskMay() {
        assertThatThrownBy(() -> availability.declare(new OutageCommand.Declare(SPECIALIST_HUANG, incident.id(),
                printer, OperationalState.DOWN, now, null, null))).isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> availability.declare(new OutageCommand.Declare(NURSE_WANG, incident.id(), printer,
                OperationalState.DOWN, now, null, null))).isInstanceOf(NotPermittedException.class);
        assertThat(memory.outages.snapshots()).isEmpty();

        assertThat(availability.declare(new OutageCommand.Declare(AGENT_CHEN, incident.id(), printer,
                OperationalState.DEGRADED, now, null, null)).outage().declaredBy()).isEqualTo(AGENT_CHEN.staffId());
    }

    @Test
    void badOutagesAreRefusedNamingTheFieldAndNothingIsStored() {
        TicketView request = hospital.desk.desk.desk().raiseTicket(new ContactCommand.RaiseTicket(AGENT_CHEN,
                hospital.desk.desk.desk().logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE,
                        NURSE_WANG.staffId(), DemoHospital.WARD_5_EAST, null, "5501", "需要新的打印纸 new paper")).id(),
                TicketType.SERVICE_REQUEST, "Paper for the printer", "printer", "ONE_DEPARTMENT", "DEGRADED",
                ServiceCriticality.GENERAL, false, null));
        int logged = hospital.log().size();

        assertThatThrownBy(() -> availability.declare(new OutageCommand.Declare(ENGINEER_LIU, request.id(), printer,
                OperationalState.DOWN, now, null, null))).isInstanceOf(OutageOnServiceRequestException.class)
                .hasMessageContaining("Field incident");
        assertThatThrownBy(() -> availability.declare(new OutageCommand.Declare(ENGINEER_LIU, incident.id(),
                new CiId(UUID.randomUUID()), OperationalState.DOWN, now, null, null)))
                .isInstanceOf(UnknownOutageItemException.class).hasMessageContaining("Field ci");
        assertThatThrownBy(() -> declare(now, now.minusSeconds(1))).isInstanceOf(OutageEndsBeforeStartException.class)
                .hasMessageContaining("Field end");
        assertThatThrownBy(() -> declare(now.plus(Duration.ofMinutes(6)), null))
                .isInstanceOf(OutageTimeInFutureException.class).hasMessageContaining("Field start");
        assertThatThrownBy(() -> availability.declare(new OutageCommand.Declare(ENGINEER_LIU, incident.id(), printer,
                OperationalState.OPERATIONAL, now, null, null))).isInstanceOf(NotAnOutageStateException.class);
        assertThatThrownBy(() -> availability.declare(new OutageCommand.Declare(ENGINEER_LIU, incident.id(), null,
                OperationalState.DOWN, null, null, null))).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder("ci",
                        "start"));
        assertThat(memory.outages.snapshots()).isEmpty();
        assertThat(hospital.log()).hasSize(logged);
    }

    @Test
    void anOutageEndsOnceAndAStaleVersionIsAConflictThatChangesNothing() {
        DeclaredOutageView declared = declare(now.minus(Duration.ofHours(1)), null);
        DeclaredOutageView ended = availability.end(new OutageCommand.End(ENGINEER_LIU, declared.outage().id(),
                null, now));

        assertThatThrownBy(() -> availability.end(new OutageCommand.End(ENGINEER_LIU, declared.outage().id(), null,
                now))).isInstanceOf(OutageAlreadyEndedException.class);
        assertThatThrownBy(() -> availability.withdraw(new OutageCommand.Withdraw(ENGINEER_LIU,
                declared.outage().id(), declared.version(), "stale"))).isInstanceOf(VersionConflictException.class);
        assertThat(queries.outage(ENGINEER_LIU, declared.outage().id())).isEqualTo(ended);
    }

    @Test
    void theDirectorSetsABusinessServicesTargetInACatalogueServicesCalendarAndSetsItAgainAtTheNextVersion() {
        CiId outpatient = register("outpatient-registration", "SVC-OP-REG", "门诊挂号 HIS outpatient",
                ServiceCriticality.CLINICAL_CRITICAL, Map.of("serviceHours", "24x7"));

        ServiceTargetView set = availability.setTarget(new SetAvailabilityTarget(DIRECTOR_GAO, outpatient,
                "HIS outpatient", new BigDecimal("99.9"), 0L));
        ServiceTargetView stricter = availability.setTarget(new SetAvailabilityTarget(DIRECTOR_GAO, outpatient,
                "HIS outpatient", new BigDecimal("99.95"), set.version()));
        ServiceTargetView same = availability.setTarget(new SetAvailabilityTarget(DIRECTOR_GAO, outpatient,
                "HIS outpatient", new BigDecimal("99.950"), null));

        assertThat(set.serviceName()).isEqualTo("门诊挂号 HIS outpatient");
        assertThat(stricter.version()).isEqualTo(2);
        assertThat(same.version()).isEqualTo(2);
        assertThat(queries.targets(ENGINEER_LIU)).containsExactly(stricter);
        assertThat(hospital.logTypes()).filteredOn(type -> type.startsWith("availability.target"))
                .containsExactly("availability.target-set", "availability.target-set");
        assertThatThrownBy(() -> availability.setTarget(new SetAvailabilityTarget(DIRECTOR_GAO, outpatient,
                "HIS outpatient", new BigDecimal("99"), 1L))).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void badTargetsAreRefusedAndNothingIsStored() {
        CiId outpatient = register("outpatient-registration", "SVC-OP-REG", "门诊挂号 HIS outpatient",
                ServiceCriticality.CLINICAL_CRITICAL, Map.of("serviceHours", "24x7"));

        assertThatThrownBy(() -> availability.setTarget(new SetAvailabilityTarget(ENGINEER_LIU, outpatient,
                "HIS outpatient", new BigDecimal("99.9"), null))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> availability.setTarget(new SetAvailabilityTarget(DIRECTOR_GAO, printer,
                "HIS outpatient", new BigDecimal("99.9"), null))).isInstanceOf(NotABusinessServiceException.class);
        assertThatThrownBy(() -> availability.setTarget(new SetAvailabilityTarget(DIRECTOR_GAO, outpatient,
                "HIS emergency", new BigDecimal("99.9"), null))).isInstanceOf(UnknownCatalogueServiceException.class);
        assertThatThrownBy(() -> availability.setTarget(new SetAvailabilityTarget(DIRECTOR_GAO, outpatient,
                "HIS outpatient", new BigDecimal("100.5"), null))).isInstanceOfSatisfying(
                InvalidCommandException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly("percent"));
        assertThat(memory.targets.all()).isEmpty();
        assertThatThrownBy(() -> queries.target(DIRECTOR_GAO, outpatient))
                .isInstanceOf(ServiceTargetNotFoundException.class);
    }

    @Test
    void aReportNeedsAKnownBusinessServiceAPeriodOfAtMostAYearAndTheRightToView() {
        CiId outpatient = register("outpatient-registration", "SVC-OP-REG", "门诊挂号 HIS outpatient",
                ServiceCriticality.CLINICAL_CRITICAL, Map.of("serviceHours", "24x7"));
        Instant from = now.minus(Duration.ofDays(1));

        assertThatThrownBy(() -> reports.report(ENGINEER_LIU, Optional.of(outpatient), now, from))
                .isInstanceOf(ReportPeriodException.class).hasMessageContaining("Field to");
        assertThatThrownBy(() -> reports.report(ENGINEER_LIU, Optional.of(outpatient), from.minus(Duration.ofDays(366)),
                now)).isInstanceOf(ReportPeriodException.class);
        assertThatThrownBy(() -> reports.report(ENGINEER_LIU, Optional.of(new CiId(UUID.randomUUID())), from, now))
                .isInstanceOf(UnknownOutageItemException.class).hasMessageContaining("Field service");
        assertThatThrownBy(() -> reports.report(ENGINEER_LIU, Optional.of(printer), from, now))
                .isInstanceOf(NotABusinessServiceException.class);
        assertThatThrownBy(() -> reports.report(NURSE_WANG, Optional.of(outpatient), from, now))
                .isInstanceOf(NotPermittedException.class);
        assertThat(reports.report(ENGINEER_LIU, Optional.of(outpatient), from, now).services()).singleElement()
                .satisfies(line -> assertThat(line.availability().availability()).isEqualByComparingTo("100"));
        assertThat(reports.report(ENGINEER_LIU, Optional.empty(), from, now).services()).isEmpty();
    }
}
