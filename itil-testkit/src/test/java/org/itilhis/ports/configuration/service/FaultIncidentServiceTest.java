package org.itilhis.ports.configuration.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.contact.ContactSnapshot;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.ResolutionCode;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.core.ticket.TicketStatus;
import org.itilhis.core.ticket.WorkLogEntry;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.common.InvalidCommandException.FieldViolation;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.FaultIncident;
import org.itilhis.ports.configuration.in.FaultIncidents;
import org.itilhis.ports.configuration.in.ReportFault;
import org.itilhis.ports.configuration.out.FaultIncidentLinks;
import org.itilhis.ports.servicedesk.in.TicketCommand;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The incidents the library raises for faults on the in-memory demo hospital: the morning
 * round finds the machine room's precision air conditioner blowing warm air, engineer Liu
 * records it, and the round of the evening finds it again.
 */
class FaultIncidentServiceTest {
    private static final String FAULT = "MR-DAILY/temperature/42";

    private final Hospital hospital = new Hospital();
    private final FaultIncidents faults = hospital.desk.cmdb.faultIncidents();
    private CiId airConditioner;

    @BeforeEach
    void registerTheAirConditioner() {
        airConditioner = hospital.desk.cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, "server",
                new CiData("AC-MR1-01", "Machine room 1 precision air conditioner", null, "Main campus", "Building 7",
                        "B1", "Server room 1", "it", "his-second-line", ServiceCriticality.IMPORTANT, "Emerson", null,
                        Map.of("hostname", "mr1-ac-01", "ipAddress", "10.1.9.21")), CiStatus.IN_USE)).item().id();
    }

    private ReportFault found(Actor by, CiId ci, String reading, String round) {
        return new ReportFault(by, ci, "inspection", FAULT, "Machine room 1 too warm", "temperature " + reading
                + " °C, normal range 18-27 °C", "inspection-round " + round, null);
    }

    private TicketSnapshot stored(FaultIncident incident) {
        return hospital.desk.tickets.find(incident.ticket()).orElseThrow().snapshot();
    }

    @Test
    void aFaultFoundTheFirstTimeRaisesAnIncidentAgainstTheItemFromAMonitoringContactOfTheLibrary() {
        FaultIncident incident = faults.report(found(ENGINEER_LIU, airConditioner, "31.5", "381"));

        assertThat(incident.raised()).isTrue();
        TicketSnapshot ticket = stored(incident);
        assertThat(incident.number()).isEqualTo(ticket.number().toString());
        assertThat(ticket.details().summary()).isEqualTo("Machine room 1 too warm");
        assertThat(ticket.details().description()).contains("temperature 31.5 °C").contains("inspection-round 381");
        assertThat(ticket.details().caller()).isEqualTo(ENGINEER_LIU.staffId());
        assertThat(ticket.details().department().value()).isEqualTo("it");
        assertThat(hospital.desk.events.history(incident.ticket().toString())).extracting(DomainEvent::actor)
                .containsOnly(Actor.SYSTEM_ID);
        ContactSnapshot contact = hospital.desk.contacts.find(ticket.origin().orElseThrow()).orElseThrow().snapshot();
        assertThat(contact.details().channel()).isEqualTo(ContactChannel.MONITORING);
        assertThat(contact.loggedBy()).isEqualTo(Actor.SYSTEM_ID);
        assertThat(hospital.desk.cmdb.queries().affectedCis(AGENT_CHEN, incident.ticket()))
                .containsExactly(airConditioner);
        assertThat(faults.openIncident("inspection", FAULT)).contains(new FaultIncident(incident.ticket(),
                incident.number(), false));
    }

    @Test
    void theSameFaultFoundAgainIsAddedToTheOpenIncidentAsAWorkLogEntryOfTheLibrary() {
        FaultIncident first = faults.report(found(ENGINEER_LIU, airConditioner, "31.5", "381"));
        int tickets = hospital.desk.tickets.size();

        FaultIncident again = faults.report(found(ENGINEER_LIU, airConditioner, "32.0", "382"));

        assertThat(again).isEqualTo(new FaultIncident(first.ticket(), first.number(), false));
        assertThat(hospital.desk.tickets.size()).isEqualTo(tickets);
        assertThat(stored(first).workLog()).singleElement().satisfies(entry -> {
            assertThat(entry.engineer()).isEqualTo(Actor.SYSTEM_ID);
            assertThat(entry.note()).isEqualTo("inspection-round 382: temperature 32.0 °C, normal range 18-27 °C");
            assertThat(entry.forCaller()).isFalse();
        });
    }

    @Test
    void afterItsIncidentIsResolvedTheFaultFoundAgainRaisesANewOne() {
        FaultIncident first = faults.report(found(ENGINEER_LIU, airConditioner, "31.5", "381"));
        hospital.handle(new TicketCommand.Assign(AGENT_CHEN, first.ticket(), null, DESKTOP, ENGINEER_LIU.staffId()));
        hospital.handle(new TicketCommand.Accept(ENGINEER_LIU, first.ticket(), null));
        hospital.handle(new TicketCommand.Start(ENGINEER_LIU, first.ticket(), null));
        hospital.handle(new TicketCommand.Resolve(ENGINEER_LIU, first.ticket(), null, ResolutionCode.HARDWARE_REPLACED,
                "compressor relay replaced"));
        assertThat(faults.openIncident("inspection", FAULT)).isEmpty();

        FaultIncident second = faults.report(found(ENGINEER_LIU, airConditioner, "30.1", "383"));
        FaultIncident third = faults.report(found(ENGINEER_LIU, airConditioner, "30.4", "384"));

        assertThat(second.raised()).isTrue();
        assertThat(second.ticket()).isNotEqualTo(first.ticket());
        assertThat(third).isEqualTo(new FaultIncident(second.ticket(), second.number(), false));
        assertThat(stored(first).status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(stored(first).workLog()).isEmpty();
        assertThat(stored(second).workLog()).extracting(WorkLogEntry::note)
                .containsExactly("inspection-round 384: temperature 30.4 °C, normal range 18-27 °C");
    }

    @Test
    void afterItsIncidentIsCancelledTheFaultFoundAgainRaisesANewOne() {
        FaultIncident first = faults.report(found(ENGINEER_LIU, airConditioner, "31.5", "381"));
        hospital.handle(new TicketCommand.Cancel(AGENT_CHEN, first.ticket(), null, "the sensor was being calibrated"));

        FaultIncident second = faults.report(found(ENGINEER_LIU, airConditioner, "31.2", "382"));

        assertThat(second.raised()).isTrue();
        assertThat(faults.openIncident("inspection", FAULT).map(FaultIncident::ticket)).contains(second.ticket());
    }

    @Test
    void anotherFaultOnTheSameItemRaisesAnIncidentOfItsOwn() {
        FaultIncident temperature = faults.report(found(ENGINEER_LIU, airConditioner, "31.5", "381"));

        FaultIncident humidity = faults.report(new ReportFault(ENGINEER_LIU, airConditioner, "inspection",
                "MR-DAILY/humidity/42", "Machine room 1 too humid", "humidity 71 %, normal range 40-60 %",
                "inspection-round 381", null));

        assertThat(humidity.raised()).isTrue();
        assertThat(humidity.ticket()).isNotEqualTo(temperature.ticket());
    }

    @Test
    void theReporterNeedsNoPermissionOfTheirOwnAndTheSystemMayReportToo() {
        FaultIncident byNurse = faults.report(found(NURSE_WANG, airConditioner, "31.5", "381"));
        FaultIncident bySystem = faults.report(new ReportFault(Actor.system(), airConditioner, "backup",
                "AC-CONFIG-NIGHTLY", "Nightly configuration backup missed", "no run by 02:30", "backup-run 97", null));

        assertThat(byNurse.raised()).isTrue();
        assertThat(bySystem.raised()).isTrue();
        assertThat(stored(bySystem).details().caller()).isEqualTo(Actor.SYSTEM_ID);
    }

    @Test
    void aFaultOnAnUnknownItemRaisesNothingAndChangesNothing() {
        int events = hospital.log().size();
        CiId unknown = new CiId(UUID.randomUUID());

        assertThatThrownBy(() -> faults.report(found(ENGINEER_LIU, unknown, "31.5", "381")))
                .isInstanceOfSatisfying(CiNotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("cmdb.ci-not-found"));

        assertThat(hospital.log()).hasSize(events);
        assertThat(hospital.desk.tickets.size()).isZero();
        assertThat(hospital.desk.contacts.snapshots()).isEmpty();
        assertThat(faults.openIncident("inspection", FAULT)).isEmpty();
    }

    @Test
    void anInvalidReportNamesEveryBrokenFieldAndChangesNothing() {
        int events = hospital.log().size();

        assertThatThrownBy(() -> faults.report(new ReportFault(ENGINEER_LIU, airConditioner, "Inspection Round", " ",
                "", "temperature 31.5 °C", "x".repeat(201), "not a category!")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("category", "fault", "reference", "source", "summary"));
        assertThatThrownBy(() -> faults.report(new ReportFault(null, null, "inspection", FAULT, "s", "d", "r", null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("actor", "ci"));

        assertThat(hospital.log()).hasSize(events);
        assertThat(hospital.desk.tickets.size()).isZero();
    }

    @Test
    void aReportThatLostTheRaceToLinkTheFaultRaisesNothingAndRetriedAddsToTheWinnersIncident() {
        FaultIncident winner = faults.report(found(ENGINEER_LIU, airConditioner, "31.5", "381"));
        int tickets = hospital.desk.tickets.size();
        int contacts = hospital.desk.contacts.snapshots().size();
        int events = hospital.log().size();
        // this node read the fault's link before the other node's report committed
        FaultIncidentLinks staleRead = new FaultIncidentLinks() {
            @Override
            public Optional<TicketId> incidentOf(String source, String fault) {
                return Optional.empty();
            }

            @Override
            public boolean link(String source, String fault, TicketId incident) {
                return hospital.desk.faultLinks.link(source, fault, incident);
            }

            @Override
            public boolean relink(String source, String fault, TicketId previous, TicketId incident) {
                return hospital.desk.faultLinks.relink(source, fault, previous, incident);
            }
        };
        FaultIncidents loser = Cmdb.create(new CmdbPorts(hospital.desk.ports, hospital.desk.configurationItems,
                hospital.desk.affectedCis, staleRead), CmdbSettings.hospitalDefault(), DemoHospital.settings(),
                InMemoryServiceDesk.validator(), hospital.desk.desk).faultIncidents();

        assertThatThrownBy(() -> loser.report(found(ENGINEER_LIU, airConditioner, "31.6", "382")))
                .isInstanceOfSatisfying(VersionConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("fault.version-conflict"));

        assertThat(hospital.desk.tickets.size()).isEqualTo(tickets);
        assertThat(hospital.desk.contacts.snapshots()).hasSize(contacts);
        assertThat(hospital.log()).hasSize(events);
        FaultIncident retried = faults.report(found(ENGINEER_LIU, airConditioner, "31.6", "382"));
        assertThat(retried).isEqualTo(new FaultIncident(winner.ticket(), winner.number(), false));
    }

    @Test
    void theConflictOfTwoConcurrentReportsReadsInEnglishAndInChinese() {
        VersionConflictException conflict = new VersionConflictException("fault", "inspection " + FAULT, 0, 1);

        assertThat(conflict.getMessage()).startsWith("Fault inspection MR-DAILY/temperature/42 was reported at the same"
                + " time by another transaction");
        assertThat(conflict.messageIn(Locale.SIMPLIFIED_CHINESE)).startsWith("故障 inspection MR-DAILY/temperature/42 同时");
    }
}
