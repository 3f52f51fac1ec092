package org.itilhis.ports.configuration.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.cmdb.CiAction;
import org.itilhis.core.cmdb.CiEvent;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiLocation;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.DuplicateAssetTagException;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.cmdb.RelationshipNotAllowedException;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.configuration.in.CiSearch;
import org.itilhis.ports.configuration.in.CiView;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.CmdbQueries;
import org.itilhis.ports.configuration.in.CmdbUseCase;
import org.itilhis.ports.configuration.in.ImpactView;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.Hospital;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.cmdb.ForwardingConfigurationItems;
import org.junit.jupiter.api.Test;

/**
 * The CMDB's use cases on the in-memory demo hospital: outpatient registration uses the HIS,
 * which runs on two application servers and is down only when both are.
 */
class CmdbServiceTest {
    private final Hospital hospital = new Hospital();
    private final CmdbUseCase cmdb = hospital.desk.cmdb.items();
    private final CmdbQueries queries = hospital.desk.cmdb.queries();

    private static CiData data(String tag, String name, ServiceCriticality criticality, Map<String, String> attributes) {
        return new CiData(tag, name, null, "Main campus", "Building 7", "B1", "Server room 1", "it", "his-second-line",
                criticality, "Huawei", null, attributes);
    }

    private CiView register(String classCode, CiData data) {
        return cmdb.handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, classCode, data, CiStatus.IN_USE));
    }

    private CiView server(int n) {
        return register("server", data("SRV-" + n, "HIS application server " + n, ServiceCriticality.CLINICAL_CRITICAL,
                Map.of("hostname", "his-app-0" + n, "ipAddress", "10.1.20.1" + n)));
    }

    private CiView relate(CiView from, RelationshipType type, CiView to) {
        return cmdb.handle(new CmdbCommand.Relate(CONFIG_MANAGER_QIAN, id(from), null, type, id(to)));
    }

    private static CiId id(CiView view) {
        return view.item().id();
    }

    /** Registration uses the HIS, which runs on two servers and is down when both are. */
    private record Estate(CiView registration, CiView his, CiView app1, CiView app2) {
    }

    private Estate estate() {
        CiView registration = register("outpatient-registration", new CiData("SVC-OPR", "Outpatient registration", null,
                null, null, null, null, "outpatient-registration", null, ServiceCriticality.CLINICAL_CRITICAL, null, null,
                Map.of("serviceHours", "24x7")));
        CiView his = register("his", data("APP-HIS", "HIS", ServiceCriticality.CLINICAL_CRITICAL, Map.of()));
        CiView app1 = server(1);
        CiView app2 = server(2);
        relate(registration, RelationshipType.USES, his);
        relate(his, RelationshipType.RUNS_ON, app1);
        relate(his, RelationshipType.RUNS_ON, app2);
        cmdb.handle(new CmdbCommand.DeclareRedundancy(CONFIG_MANAGER_QIAN, id(his), null, RelationshipType.RUNS_ON, 2, 0));
        return new Estate(registration, his, app1, app2);
    }

    @Test
    void aRegisteredItemIsFoundByIdAssetTagHostNameIpAndLocation() {
        CiView server = server(1);

        assertThat(queries.find(AGENT_CHEN, id(server))).isEqualTo(server);
        assertThat(queries.findByAssetTag(AGENT_CHEN, " SRV-1 ")).isEqualTo(server);
        assertThat(queries.search(AGENT_CHEN, CiSearch.all(10).withHostname("HIS-APP-01"))).containsExactly(server);
        assertThat(queries.search(AGENT_CHEN, CiSearch.all(10).withIpAddress("10.1.20.11"))).containsExactly(server);
        assertThat(queries.search(AGENT_CHEN, CiSearch.all(10).withLocation(CiLocation.of(null, "building 7", "b1", null))))
                .containsExactly(server);
        assertThat(queries.search(AGENT_CHEN, CiSearch.all(10).withIpAddress("10.1.20.12"))).isEmpty();
    }

    @Test
    void theDeskFindsTheItemsAtTheCallersLocationOrElseOfTheCallersDepartment() {
        CiView hallPrinter = register("printer", new CiData("PRN-OPR-1", "Registration hall printer", null, null,
                "building-1", "floor-1", "outpatient-hall", "outpatient-registration", "desktop-first-line",
                ServiceCriticality.IMPORTANT, "HP", null, Map.of("printerKind", "laser")));
        server(1);
        var atTheHall = hospital.call(DemoHospital.CLERK_LI, DemoHospital.OUTPATIENT, DemoHospital.OUTPATIENT_HALL,
                "The printer prints blank pages");
        var fromSomewhere = hospital.call(DemoHospital.CLERK_LI, DemoHospital.OUTPATIENT, null, "Printing fails");

        assertThat(queries.nearCaller(AGENT_CHEN, atTheHall.id(), 10)).containsExactly(hallPrinter);
        assertThat(queries.nearCaller(AGENT_CHEN, fromSomewhere.id(), 10)).containsExactly(hallPrinter);
    }

    @Test
    void aSearchByClassFindsItsSubclassesToo() {
        Estate estate = estate();

        assertThat(queries.search(AGENT_CHEN, CiSearch.all(10).withClassCodes(List.of("application-system"))))
                .containsExactly(queries.find(AGENT_CHEN, id(estate.his())));
        assertThat(queries.search(AGENT_CHEN, CiSearch.all(10).withClassCodes(List.of("hardware")))).hasSize(2);
    }

    @Test
    void aSecondItemWithTheSameAssetTagIsRefusedAndNothingChanges() {
        server(1);
        int events = hospital.log().size();

        assertThatThrownBy(() -> server(1)).isInstanceOf(DuplicateAssetTagException.class).hasMessageContaining("SRV-1");
        assertThat(hospital.log()).hasSize(events);
    }

    @Test
    void invalidDataIsRefusedNamingEveryField() {
        CiData bad = new CiData("SRV 1", " ", null, null, null, null, null, null, null, null, null, null, Map.of());

        assertThatThrownBy(() -> register("server", bad)).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.violations()).extracting(InvalidCommandException.FieldViolation::field)
                        .contains("data.assetTag", "data.name", "data.criticality"));
        assertThatThrownBy(() -> register("mainframe", data("MF-1", "Mainframe", ServiceCriticality.GENERAL, Map.of())))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(InvalidCommandException.FieldViolation::field)
                                .containsExactly("classCode"));
        assertThat(hospital.log()).isEmpty();
    }

    @Test
    void anAssetTagWithAnyKindOfBlankInsideIsAFieldErrorAndADisposedItemIsNotRegistered() {
        for (String tag : List.of("SRV\u00A0001", "SRV\u3000001", "SRV\t001")) {
            assertThatThrownBy(() -> register("printer", data(tag, "Printer", ServiceCriticality.GENERAL,
                    Map.of("printerKind", "laser")))).isInstanceOfSatisfying(InvalidCommandException.class,
                            e -> assertThat(e.violations()).extracting(InvalidCommandException.FieldViolation::field)
                                    .containsExactly("data.assetTag"));
        }
        assertThatThrownBy(() -> cmdb.handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, "printer",
                data("PRN-9", "Printer", ServiceCriticality.GENERAL, Map.of("printerKind", "laser")), CiStatus.DISPOSED)))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("status"));
        assertThat(hospital.log()).isEmpty();
    }

    @Test
    void theHistoryShowsATicketRecordedAgainstTheItemOnlyToThoseWhoMaySeeTheTicket() {
        CiView server = server(1);
        TicketView incident = hospital.printerIncident();
        cmdb.recordAffectedCis(AGENT_CHEN, incident.id(), Set.of(id(server)));

        assertThat(queries.history(AGENT_CHEN, id(server))).extracting(CiEvent::type)
                .containsExactly("ci.registered", "ci.affected-by-ticket");
        assertThat(queries.history(CONFIG_MANAGER_QIAN, id(server))).extracting(CiEvent::type)
                .containsExactly("ci.registered");
        assertThat(queries.openTickets(CONFIG_MANAGER_QIAN, id(server))).isEmpty();
    }

    @Test
    void onlyTheConfigurationManagerChangesTheCmdb() {
        CiData printer = data("PRN-1", "Ward printer", ServiceCriticality.GENERAL, Map.of("printerKind", "wristband"));

        for (var actor : List.of(NURSE_WANG, AGENT_CHEN, ENGINEER_LIU)) {
            assertThatThrownBy(() -> cmdb.handle(new CmdbCommand.RegisterCi(actor, "printer", printer, null)))
                    .isInstanceOf(NotPermittedException.class);
        }
        assertThatThrownBy(() -> queries.search(NURSE_WANG, CiSearch.all(5))).isInstanceOf(NotPermittedException.class);
        assertThat(register("printer", printer).item().status()).isEqualTo(CiStatus.IN_USE);
    }

    @Test
    void aStaleVersionIsRefusedAndTheItemStaysAsItWas() {
        CiView server = server(1);
        cmdb.handle(new CmdbCommand.TakeLifecycleStep(CONFIG_MANAGER_QIAN, id(server), 1L, CiAction.SEND_TO_REPAIR,
                null, "disk failure"));

        assertThatThrownBy(() -> cmdb.handle(new CmdbCommand.UpdateCi(CONFIG_MANAGER_QIAN, id(server), 1L,
                data("SRV-1", "renamed", ServiceCriticality.GENERAL, Map.of("hostname", "x", "ipAddress", "10.0.0.1")),
                null))).isInstanceOf(VersionConflictException.class);
        CiView now = queries.find(AGENT_CHEN, id(server));
        assertThat(now.item().status()).isEqualTo(CiStatus.UNDER_REPAIR);
        assertThat(now.item().details().name()).isEqualTo("HIS application server 1");
    }

    @Test
    void relationshipsTheRulesDoNotAllowAreRefused() {
        Estate estate = estate();

        assertThatThrownBy(() -> relate(estate.app1(), RelationshipType.RUNS_ON, estate.his()))
                .isInstanceOf(RelationshipNotAllowedException.class);
        assertThatThrownBy(() -> relate(estate.app1(), RelationshipType.PART_OF, estate.app1()))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("to"));
        assertThatThrownBy(() -> cmdb.handle(new CmdbCommand.Relate(CONFIG_MANAGER_QIAN, id(estate.his()), null,
                RelationshipType.RUNS_ON, new CiId(java.util.UUID.randomUUID()))))
                .isInstanceOf(CiNotFoundException.class);
    }

    @Test
    void theHistoryTellsWhoChangedWhatAndTheItemReadsAsOfAnyInstant() {
        CiView server = server(1);
        Instant registered = hospital.desk.clock.instant();
        hospital.later(Duration.ofDays(3));
        cmdb.handle(new CmdbCommand.TakeLifecycleStep(CONFIG_MANAGER_QIAN, id(server), null, CiAction.SEND_TO_REPAIR,
                null, "fan failure"));

        List<CiEvent> history = queries.history(AGENT_CHEN, id(server));
        assertThat(history).extracting(CiEvent::type).containsExactly("ci.registered", "ci.lifecycle-step-taken");
        assertThat(history).allSatisfy(e -> assertThat(e.actor()).isEqualTo(CONFIG_MANAGER_QIAN.staffId()));
        assertThat(queries.asOf(AGENT_CHEN, id(server), registered.plus(Duration.ofDays(1))).item().status())
                .isEqualTo(CiStatus.IN_USE);
        assertThat(queries.find(AGENT_CHEN, id(server)).item().status()).isEqualTo(CiStatus.UNDER_REPAIR);
        assertThatThrownBy(() -> queries.asOf(AGENT_CHEN, id(server), registered.minusSeconds(1)))
                .isInstanceOf(CiNotFoundException.class);
    }

    @Test
    void oneFailedServerOfTheClusterDegradesTheHisAndTheServiceTwoBringThemDown() {
        Estate estate = estate();

        ImpactView one = queries.impact(AGENT_CHEN, Set.of(id(estate.app1())));
        assertThat(one.report().stateOf(id(estate.his()))).isEqualTo(OperationalState.DEGRADED);
        assertThat(one.report().stateOf(id(estate.registration()))).isEqualTo(OperationalState.DEGRADED);

        ImpactView both = queries.impact(AGENT_CHEN, Set.of(id(estate.app1()), id(estate.app2())));
        assertThat(both.report().stateOf(id(estate.registration()))).isEqualTo(OperationalState.DOWN);
        assertThat(both.report().clinicalCriticalServices()).extracting(a -> a.id()).containsExactly(id(estate.registration()));
        assertThat(both.report().departments().keySet())
                .containsExactlyInAnyOrder(DepartmentId.of("it"), DepartmentId.of("outpatient-registration"));
        assertThat(both.details().get(id(estate.registration())).name()).isEqualTo("Outpatient registration");
        assertThat(queries.candidateCauses(AGENT_CHEN, id(estate.registration()))).extracting(p -> p.end())
                .containsExactly(id(estate.his()), id(estate.app1()), id(estate.app2()));
    }

    @Test
    void aRetiredServerNoLongerCountsAsAMemberAndItsFailureReachesNothing() {
        Estate estate = estate();
        cmdb.handle(new CmdbCommand.TakeLifecycleStep(CONFIG_MANAGER_QIAN, id(estate.app2()), null, CiAction.RETIRE,
                null, "replaced by a new server"));

        assertThat(queries.impact(AGENT_CHEN, Set.of(id(estate.app1()))).report().stateOf(id(estate.his())))
                .as("the last server left").isEqualTo(OperationalState.DOWN);
        assertThat(queries.impact(AGENT_CHEN, Set.of(id(estate.app2()))).report().affectedIds())
                .containsExactly(id(estate.app2()));
    }

    @Test
    void theImpactFollowsEveryChangeOfTheCmdb() {
        Estate estate = estate();
        assertThat(queries.impact(AGENT_CHEN, Set.of(id(estate.app1()))).report().affectedIds()).hasSize(3);

        cmdb.handle(new CmdbCommand.Unrelate(CONFIG_MANAGER_QIAN, id(estate.his()), null, RelationshipType.RUNS_ON,
                id(estate.app1())));

        assertThat(queries.impact(AGENT_CHEN, Set.of(id(estate.app1()))).report().affectedIds())
                .containsExactly(id(estate.app1()));
    }

    @Test
    void aPageOfTheImpactHoldsTheSummaryOfEverythingAndThePageItemsDetails() {
        Estate estate = estate();
        Set<CiId> failed = Set.of(id(estate.app1()), id(estate.app2()));

        ImpactView whole = queries.impact(AGENT_CHEN, failed);
        ImpactView page = queries.impact(AGENT_CHEN, failed, 2, 1);

        assertThat(page.report().summary()).isEqualTo(whole.report().summary());
        assertThat(page.report().summary().affected()).isEqualTo(4);
        assertThat(page.report().affected(2, 1)).containsExactly(whole.report().affected().get(2));
        assertThat(page.details().get(id(estate.registration())).name()).isEqualTo("Outpatient registration");
        assertThat(page.details()).hasSize(4);
        assertThatIllegalArgumentException().isThrownBy(() -> queries.impact(AGENT_CHEN, failed, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> queries.impact(AGENT_CHEN, failed, -1, 10));
    }

    @Test
    void aReaderKeepsTheGraphItHoldsWhileTheNextRevisionIsAppliedBesideIt() {
        Estate estate = estate();
        CmdbGraphs graphs = new CmdbGraphs(hospital.desk.configurationItems, CmdbSettings.hospitalDefault().classes());
        CmdbGraphs.Built before = graphs.current();

        cmdb.handle(new CmdbCommand.Unrelate(CONFIG_MANAGER_QIAN, id(estate.his()), null, RelationshipType.RUNS_ON,
                id(estate.app1())));
        CmdbGraphs.Built after = graphs.current();

        assertThat(after).isNotSameAs(before);
        assertThat(before.graph().dependencies(id(estate.his()))).hasSize(2);
        assertThat(after.graph().dependencies(id(estate.his()))).hasSize(1);
        assertThat(after.graph().item(id(estate.registration()))).isSameAs(before.graph().item(id(estate.registration())));
    }

    @Test
    void afterAChangeTheGraphShowsTheNewDetailsAndRelationshipsReadingOnlyTheChangedItems() {
        Estate estate = estate();
        CountingItems items = new CountingItems(hospital.desk.configurationItems);
        CmdbGraphs graphs = new CmdbGraphs(items, CmdbSettings.hospitalDefault().classes());
        graphs.current();
        assertThat(items.read).as("the first graph reads every item").isEqualTo(4);

        cmdb.handle(new CmdbCommand.Unrelate(CONFIG_MANAGER_QIAN, id(estate.his()), null, RelationshipType.RUNS_ON,
                id(estate.app1())));
        cmdb.handle(new CmdbCommand.UpdateCi(CONFIG_MANAGER_QIAN, id(estate.app2()), null,
                data("SRV-2", "HIS database server", ServiceCriticality.CLINICAL_CRITICAL,
                        Map.of("hostname", "his-app-02", "ipAddress", "10.1.20.12")), null));
        CmdbGraphs.Built built = graphs.current();

        assertThat(items.read).as("the HIS and server 2 read again, nothing else").isEqualTo(4 + 2);
        assertThat(built.graph().dependencies(id(estate.his()))).extracting(r -> r.to())
                .containsExactly(id(estate.app2()));
        assertThat(built.details().get(id(estate.app2())).name()).isEqualTo("HIS database server");
        assertThat(built.details().get(id(estate.app1())).name()).isEqualTo("HIS application server 1");
        assertThat(built.graph().ids()).hasSize(4);
        assertThat(graphs.current()).as("unchanged since").isSameAs(built);
        assertThat(items.read).isEqualTo(6);
    }

    /** The in-memory items, counting every snapshot handed out to build a graph. */
    private static final class CountingItems extends ForwardingConfigurationItems {
        private int read;

        CountingItems(ConfigurationItemRepository items) {
            super(items);
        }

        @Override
        public void forEach(Consumer<CiSnapshot> sink) {
            super.forEach(item -> {
                read++;
                sink.accept(item);
            });
        }

        @Override
        public void forEachSavedAfter(long revision, Consumer<CiSnapshot> sink) {
            super.forEachSavedAfter(revision, item -> {
                read++;
                sink.accept(item);
            });
        }
    }

    @Test
    void anIncidentRaisedAgainstAServerTakesTheCriticalityOfTheServiceItReachesAndShowsInTheImpact() {
        Estate estate = estate();
        var contact = hospital.call(DemoHospital.CLERK_LI, DemoHospital.OUTPATIENT, DemoHospital.OUTPATIENT_HALL,
                "Registration screens freeze");

        TicketView incident = cmdb.raiseAgainst(new ContactCommand.RaiseTicket(AGENT_CHEN, contact.id(),
                TicketType.INCIDENT, "HIS server 1 down", "his", "ONE_DEPARTMENT", "DEGRADED",
                ServiceCriticality.GENERAL, false, null), Set.of(id(estate.app1())));

        assertThat(incident.assessment().factors().criticality()).isEqualTo(ServiceCriticality.CLINICAL_CRITICAL);
        assertThat(queries.affectedCis(AGENT_CHEN, incident.id())).containsExactly(id(estate.app1()));
        assertThat(queries.impact(AGENT_CHEN, Set.of(id(estate.app1()), id(estate.app2()))).openTickets())
                .singleElement().satisfies(open -> {
                    assertThat(open.ticket()).isEqualTo(incident.id());
                    assertThat(open.ci()).isEqualTo(id(estate.app1()));
                });
        assertThat(queries.history(AGENT_CHEN, id(estate.app1()))).extracting(CiEvent::type)
                .endsWith("ci.affected-by-ticket");
        assertThat(queries.find(AGENT_CHEN, id(estate.app1())).item().version()).isEqualTo(1);
    }

    @Test
    void recordingAnItemAgainstATicketTwiceRecordsItOnce() {
        Estate estate = estate();
        TicketView incident = hospital.printerIncident();

        cmdb.recordAffectedCis(AGENT_CHEN, incident.id(), Set.of(id(estate.his())));
        int events = hospital.log().size();
        assertThat(cmdb.recordAffectedCis(AGENT_CHEN, incident.id(), Set.of(id(estate.his()), id(estate.app1()))))
                .containsExactlyInAnyOrder(id(estate.his()), id(estate.app1()));

        assertThat(hospital.log()).hasSize(events + 1);
        assertThatThrownBy(() -> cmdb.recordAffectedCis(NURSE_WANG, incident.id(), Set.of(id(estate.his()))))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anUnknownItemAgainstATicketIsRefusedAndNothingIsRecorded() {
        Estate estate = estate();
        TicketView incident = hospital.printerIncident();
        int events = hospital.log().size();

        assertThatThrownBy(() -> cmdb.recordAffectedCis(AGENT_CHEN, incident.id(),
                Set.of(id(estate.his()), new CiId(java.util.UUID.randomUUID())))).isInstanceOf(CiNotFoundException.class);
        assertThat(queries.affectedCis(AGENT_CHEN, incident.id())).isEmpty();
        assertThat(hospital.log()).hasSize(events);
    }
}
