package org.itilhis.ports.availability.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CHANGE_MANAGER_LIN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.HEAD_NURSE_HAN;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.availability.Outage;
import org.itilhis.core.availability.OutageSource;
import org.itilhis.core.availability.ServiceAvailability;
import org.itilhis.core.availability.ServiceOutage;
import org.itilhis.core.change.CabRole;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeStatus;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.change.Likelihood;
import org.itilhis.core.change.Vote;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.availability.in.AvailabilityReport;
import org.itilhis.ports.availability.in.OutageCommand;
import org.itilhis.ports.availability.in.SetAvailabilityTarget;
import org.itilhis.ports.change.in.ChangeCommand;
import org.itilhis.ports.change.in.ChangeConfigurationCommand;
import org.itilhis.ports.change.in.ChangeView;
import org.itilhis.ports.change.in.RaiseChange;
import org.itilhis.ports.change.service.ChangeSettings;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.monitoring.in.ObservedOutage;
import org.itilhis.ports.operations.in.OpenRepair;
import org.itilhis.ports.operations.in.RepairCommand;
import org.itilhis.ports.operations.in.RepairView;
import org.itilhis.ports.operations.service.StockSettings;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryAvailability;
import org.itilhis.testkit.memory.InMemoryRepairs;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.itilhis.testkit.memory.InMemoryStock;
import org.itilhis.testkit.memory.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * HIS outpatient's Sunday, 1 March 2026 (UTC), end to end on in-memory adapters: the service
 * uses the HIS, which runs on two application nodes (down only when both are) and depends on a
 * database server and the SAN. The database server is out for a repair from 02:00 to 03:00;
 * engineer Liu declares on an incident that application node 1 was down from 05:00 to 07:00;
 * monitoring sees the SAN down from 20:00 to 21:00, inside the approved firmware change's window
 * (19:30 to 22:00). Round the clock, the report finds one unplanned hour (the repair), two
 * degraded hours (one node of two), one planned hour (the change), so 95.8333 % against a target
 * of 99.9 %.
 */
class AvailabilityReportStoryTest {
    private static final Instant DAY = Instant.parse("2026-03-01T00:00:00Z");

    private final MutableClock clock = MutableClock.at("2026-02-26T00:00:00Z");
    private final InMemoryServiceDesk desk = new InMemoryServiceDesk(DemoHospital.directory(), clock,
            DemoHospital.settings());
    private final InMemoryStock stock = new InMemoryStock(desk, DemoHospital.settings(),
            StockSettings.hospitalDefault());
    private final InMemoryRepairs repairs = new InMemoryRepairs(desk, DemoHospital.settings(), stock);
    private final CiId outpatient = register("outpatient-registration", "SVC-OP-REG", "HIS 门诊 outpatient",
            Map.of("serviceHours", "24x7"));
    private final CiId his = register("his", "APP-HIS", "HIS 医院信息系统", Map.of());
    private final CiId node1 = server("SRV-HIS-APP01", "his-app01", "10.1.1.11");
    private final CiId node2 = server("SRV-HIS-APP02", "his-app02", "10.1.1.12");
    private final CiId database = server("SRV-HIS-DB01", "his-db01", "10.1.1.21");
    private final CiId san = register("storage", "STO-SAN01", "SAN 存储", Map.of("capacityTb", "200"));
    private final List<ObservedOutage> seen = List.of(new ObservedOutage(san, OperationalState.DOWN,
            at("20:00"), Optional.of(at("21:00")), "alert 5521 StorageDown"));
    private final InMemoryAvailability availability = new InMemoryAvailability(desk, DemoHospital.settings(),
            new OutageSources((cis, from, to) -> seen, repairs.repairs.downtime(), desk.changes.approvedWindows()));

    private static Instant at(String time) {
        return Instant.parse("2026-03-01T" + time + ":00Z");
    }

    private CiId register(String classCode, String tag, String name, Map<String, String> attributes) {
        return desk.cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, classCode,
                new CiData(tag, name, null, "Main campus", "Data centre", "1", "Room 101", "it", HIS_SUPPORT.value(),
                        ServiceCriticality.CLINICAL_CRITICAL, null, null, attributes), CiStatus.IN_USE)).item().id();
    }

    private CiId server(String tag, String hostname, String ip) {
        return register("server", tag, tag, Map.of("hostname", hostname, "ipAddress", ip));
    }

    private void relate(CiId from, RelationshipType type, CiId to) {
        desk.cmdb.items().handle(new CmdbCommand.Relate(CONFIG_MANAGER_QIAN, from, null, type, to));
    }

    private ChangeView approvedSanFirmwareChange() {
        desk.changes.configuration().defineBoard(new ChangeConfigurationCommand.DefineBoard(CHANGE_MANAGER_LIN,
                ChangeSettings.CAB, "Change advisory board 变更咨询委员会", false, Map.of(
                        CHANGE_MANAGER_LIN.staffId(), Set.of(CabRole.CHANGE_MANAGER),
                        DIRECTOR_GAO.staffId(), Set.of(CabRole.IT_DIRECTOR),
                        LEAD_WU.staffId(), Set.of(CabRole.GROUP_LEAD),
                        HEAD_NURSE_HAN.staffId(), Set.of(CabRole.CLINICAL_REPRESENTATIVE))));
        ChangeView raised = desk.changes.changes().raise(new RaiseChange(SPECIALIST_HUANG, ChangeModel.NORMAL, null,
                "SAN firmware upgrade SAN 固件升级", "The vendor's firmware fixes a controller fault",
                "Fail over the controllers, flash, fail back", "Flash the previous firmware",
                "Read and write a test volume", Set.of(san), at("19:30"), at("22:00"),
                ExpectedOutage.Kind.WHOLE_WINDOW, null, HIS_SUPPORT, CHANGE_MANAGER_LIN.staffId()));
        desk.changes.changes().handle(new ChangeCommand.Submit(SPECIALIST_HUANG, raised.id(), null));
        desk.changes.changes().handle(new ChangeCommand.Assess(CHANGE_MANAGER_LIN, raised.id(), null,
                Likelihood.UNLIKELY, "Tested on the spare controller"));
        ChangeView view = desk.changes.changes().handle(new ChangeCommand.RequestApproval(CHANGE_MANAGER_LIN,
                raised.id(), null, null));
        for (Actor member : List.of(CHANGE_MANAGER_LIN, DIRECTOR_GAO, LEAD_WU, HEAD_NURSE_HAN)) {
            if (view.status() != ChangeStatus.AWAITING_APPROVAL) {
                break;
            }
            view = desk.changes.changes().handle(new ChangeCommand.CastVote(member, raised.id(), null,
                    Vote.Choice.APPROVE, "同意 agreed"));
        }
        return desk.changes.changes().handle(new ChangeCommand.Schedule(CHANGE_MANAGER_LIN, raised.id(), null,
                at("19:30"), at("22:00"), null));
    }

    private TicketView hisIncident() {
        return desk.desk.desk().raiseTicket(new ContactCommand.RaiseTicket(AGENT_CHEN,
                desk.desk.desk().logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE,
                        NURSE_WANG.staffId(), DemoHospital.OUTPATIENT, null, "5501", "挂号很慢 registration is slow"))
                        .id(), TicketType.INCIDENT, "HIS registration slow", "his", "ONE_DEPARTMENT", "DEGRADED",
                ServiceCriticality.CLINICAL_CRITICAL, false, null));
    }

    @Test
    void theReportOfHisOutpatientCountsTheRepairAsUnplannedTheNodeAsDegradedAndTheChangeWindowAsPlanned() {
        DemoHospital.configureServiceLevels(desk.levels.administration());
        relate(outpatient, RelationshipType.USES, his);
        relate(his, RelationshipType.RUNS_ON, node1);
        relate(his, RelationshipType.RUNS_ON, node2);
        desk.cmdb.items().handle(new CmdbCommand.DeclareRedundancy(CONFIG_MANAGER_QIAN, his, null,
                RelationshipType.RUNS_ON, 2, 0));
        relate(his, RelationshipType.DEPENDS_ON, database);
        relate(his, RelationshipType.DEPENDS_ON, san);
        availability.availability.availability().setTarget(new SetAvailabilityTarget(DIRECTOR_GAO, outpatient,
                "HIS outpatient", new BigDecimal("99.9"), null));
        ChangeView change = approvedSanFirmwareChange();
        clock.advance(Duration.ofDays(4));

        RepairView opened = repairs.repairs.repairs().open(new OpenRepair(ENGINEER_LIU, database, "内存故障 memory fault",
                "华为 Huawei", true, null, at("02:00")));
        RepairView sent = repairs.repairs.repairs().handle(new RepairCommand.SendToRepair(ENGINEER_LIU, opened.id(),
                null, "换内存 replace a DIMM"));
        repairs.repairs.repairs().handle(new RepairCommand.ReturnFromRepair(ENGINEER_LIU, sent.id(), null, at("03:00"),
                "恢复 back"));
        TicketView incident = hisIncident();
        availability.availability.availability().declare(new OutageCommand.Declare(ENGINEER_LIU, incident.id(),
                node1, OperationalState.DOWN, at("05:00"), at("07:00"), "节点1宕机 node 1 down"));

        AvailabilityReport report = availability.availability.reports().report(DIRECTOR_GAO, Optional.empty(), DAY,
                DAY.plus(Duration.ofDays(1)));

        assertThat(report.services()).singleElement().satisfies(line -> {
            assertThat(line.serviceName()).isEqualTo("HIS 门诊 outpatient");
            assertThat(line.catalogueService()).isEqualTo("HIS outpatient");
            ServiceAvailability figures = line.availability();
            assertThat(figures.agreedTime()).isEqualTo(Duration.ofHours(24));
            assertThat(figures.unplannedDowntime()).isEqualTo(Duration.ofHours(1));
            assertThat(figures.plannedDowntime()).isEqualTo(Duration.ofHours(1));
            assertThat(figures.degradedTime()).isEqualTo(Duration.ofHours(2));
            assertThat(figures.availability()).isEqualByComparingTo("95.8333");
            assertThat(figures.outages()).isEqualTo(1);
            assertThat(figures.mtrs()).contains(Duration.ofHours(1));
            assertThat(figures.longestOutage()).contains(Duration.ofHours(1));
            assertThat(figures.targetMet()).contains(false);
            assertThat(figures.explaining()).extracting(ServiceOutage::start, ServiceOutage::end,
                    ServiceOutage::planned).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(at("02:00"), at("03:00"), false),
                    org.assertj.core.groups.Tuple.tuple(at("20:00"), at("21:00"), true));
            assertThat(figures.explaining().get(0).causes()).extracting(Outage::source, Outage::reference)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(OutageSource.REPAIR,
                            "repair " + opened.id()));
            assertThat(figures.explaining().get(1).causes()).extracting(Outage::source, Outage::reference)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(OutageSource.MONITORING,
                            "alert 5521 StorageDown"));
            assertThat(figures.explaining().get(1).maintenance()).containsExactly(change.number().toString());
        });
    }
}
