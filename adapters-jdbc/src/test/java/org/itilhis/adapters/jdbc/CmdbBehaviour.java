package org.itilhis.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.itilhis.core.cmdb.CiAction;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.ticket.TicketType;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CiSearch;
import org.itilhis.ports.configuration.in.CiView;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.ImportOptions;
import org.itilhis.ports.configuration.in.ImportReport;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.cmdb.FaultyConfigurationItems;
import org.itilhis.testkit.cmdb.ImportFixture;
import org.itilhis.testkit.memory.MutableClock;
import org.itilhis.testkit.memory.RecordingNotifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CMDB's services on one database: import (in batches, each committed on its own),
 * history as of an instant from the event table, impact with redundancy, incidents raised
 * against items, and two configuration managers changing one item at once.
 */
abstract class CmdbBehaviour extends DatabaseIT {
    private final ValidatorFactory validators = Validation.buildDefaultValidatorFactory();
    private final MutableClock clock = MutableClock.at("2026-03-02T00:00:00Z");
    private ServiceDeskPorts ports;
    private Cmdb cmdb;
    private ServiceDesk desk;

    @BeforeEach
    void wire() {
        db.emptyTables();
        ports = new ServiceDeskPorts(storage.tickets(), storage.contacts(), storage.numbers(),
                storage.events(), new RecordingNotifier(), DemoHospital.directory(), storage.transactions(), clock, storage.personalDataReads());
        desk = ServiceDesk.create(ports, DemoHospital.settings(), validators.getValidator());
        cmdb = cmdbOn(storage.configurationItems());
    }

    private Cmdb cmdbOn(ConfigurationItemRepository items) {
        return Cmdb.create(new CmdbPorts(ports, items, storage.affectedCiLinks(), storage.cmdb().faultIncidentLinks()), CmdbSettings.hospitalDefault(),
                DemoHospital.settings(), validators.getValidator(), desk);
    }

    @AfterAll
    void closeValidators() {
        validators.close();
    }

    private int events() {
        return storage.events().readAfter(0, 100_000).size();
    }

    private CiView register(String classCode, String tag, Map<String, String> attributes) {
        return cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, classCode, new CiData(tag,
                classCode + " " + tag, null, "Main campus", "Building 7", "B1", null, "radiology", null,
                ServiceCriticality.CLINICAL_CRITICAL, null, null, attributes), CiStatus.IN_USE));
    }

    private void relate(CiView from, RelationshipType type, CiView to) {
        cmdb.items().handle(new CmdbCommand.Relate(CONFIG_MANAGER_QIAN, from.item().id(), null, type, to.item().id()));
    }

    @Test
    void anInventoryImportsOnceAndAgainChangesNothing() {
        ImportReport first = cmdb.imports().importCsv(CONFIG_MANAGER_QIAN, ImportFixture.INVENTORY.open(),
                ImportOptions.allOrNothing());
        int eventsAfterFirst = events();

        ImportReport again = cmdb.imports().importCsv(CONFIG_MANAGER_QIAN, ImportFixture.INVENTORY_GB18030.open(),
                ImportOptions.allOrNothing());

        assertThat(first.created()).isEqualTo(ImportFixture.INVENTORY_ROWS);
        assertThat(again.unchanged()).isEqualTo(ImportFixture.INVENTORY_ROWS);
        assertThat(events()).isEqualTo(eventsAfterFirst);
        assertThat(cmdb.queries().search(AGENT_CHEN, CiSearch.all(100))).hasSize(ImportFixture.INVENTORY_ROWS);
    }

    @Test
    void anImportStoppedByAStorageFailureKeepsTheBatchesItCommittedAndImportingTheFileAgainCompletesIt() {
        ImportOptions inBatchesOfFive = ImportOptions.allOrNothing().withBatchRows(5);
        Cmdb failing = cmdbOn(FaultyConfigurationItems.failingSave(storage.configurationItems(), 7));

        ImportReport stopped = failing.imports().importCsv(CONFIG_MANAGER_QIAN, ImportFixture.INVENTORY.open(),
                inBatchesOfFive);

        assertThat(stopped.created()).isEqualTo(5);
        assertThat(stopped.interruption()).map(stop -> List.of(stop.firstLine(), stop.lastLine()))
                .contains(List.of(7, 11));
        assertThat(cmdb.queries().search(AGENT_CHEN, CiSearch.all(100))).hasSize(5);
        assertThat(events()).isEqualTo(5);

        ImportReport again = cmdb.imports().importCsv(CONFIG_MANAGER_QIAN, ImportFixture.INVENTORY.open(),
                inBatchesOfFive);

        assertThat(again.interruption()).isEmpty();
        assertThat(again).extracting(ImportReport::created, ImportReport::unchanged)
                .containsExactly(ImportFixture.INVENTORY_ROWS - 5, 5);
        assertThat(cmdb.queries().search(AGENT_CHEN, CiSearch.all(100))).hasSize(ImportFixture.INVENTORY_ROWS);
        assertThat(events()).isEqualTo(ImportFixture.INVENTORY_ROWS);
    }

    @Test
    void aFileWithErrorsWritesNothingUnlessOnlyValidRowsAreAskedFor() {
        ImportReport refused = cmdb.imports().importCsv(CONFIG_MANAGER_QIAN, ImportFixture.INVENTORY_WITH_ERRORS.open(),
                ImportOptions.allOrNothing());

        assertThat(refused.written()).isFalse();
        assertThat(refused.problems()).isNotEmpty();
        assertThat(cmdb.queries().search(AGENT_CHEN, CiSearch.all(100))).isEmpty();
        assertThat(events()).isZero();

        ImportReport partial = cmdb.imports().importCsv(CONFIG_MANAGER_QIAN, ImportFixture.INVENTORY_WITH_ERRORS.open(),
                ImportOptions.validRowsOnly());
        assertThat(partial.written()).isTrue();
        assertThat(cmdb.queries().search(AGENT_CHEN, CiSearch.all(100))).hasSize(partial.created());
    }

    @Test
    void anItemReadsAsItWasAtAnyInstantFromTheEventTable() {
        CiView server = register("server", "SRV-1", Map.of("hostname", "pacs-01", "ipAddress", "10.2.0.1"));
        Instant before = clock.instant();
        clock.advance(Duration.ofDays(10));
        cmdb.items().handle(new CmdbCommand.TakeLifecycleStep(CONFIG_MANAGER_QIAN, server.item().id(), 1L,
                CiAction.SEND_TO_REPAIR, null, "power supply"));

        assertThat(cmdb.queries().asOf(AGENT_CHEN, server.item().id(), before.plus(Duration.ofDays(1))).item())
                .isEqualTo(server.item());
        assertThat(cmdb.queries().find(AGENT_CHEN, server.item().id()).item().status()).isEqualTo(CiStatus.UNDER_REPAIR);
    }

    @Test
    void anIncidentAgainstAFailedServerShowsInTheImpactOfItsCluster() {
        CiView imaging = register("imaging", "SVC-IMG", Map.of("serviceHours", "24x7"));
        CiView pacs = register("pacs", "APP-PACS", Map.of());
        CiView node1 = register("server", "SRV-1", Map.of("hostname", "pacs-01", "ipAddress", "10.2.0.1"));
        CiView node2 = register("server", "SRV-2", Map.of("hostname", "pacs-02", "ipAddress", "10.2.0.2"));
        relate(imaging, RelationshipType.USES, pacs);
        relate(pacs, RelationshipType.RUNS_ON, node1);
        relate(pacs, RelationshipType.RUNS_ON, node2);
        cmdb.items().handle(new CmdbCommand.DeclareRedundancy(CONFIG_MANAGER_QIAN, pacs.item().id(), null,
                RelationshipType.RUNS_ON, 2, 0));
        var contact = desk.desk().logContact(new ContactCommand.Log(AGENT_CHEN, ContactChannel.PHONE,
                DemoHospital.DOCTOR_ZHAO.staffId(), DemoHospital.RADIOLOGY, null, "3301", "PACS images load slowly"));
        TicketView incident = cmdb.items().raiseAgainst(new ContactCommand.RaiseTicket(AGENT_CHEN, contact.id(),
                TicketType.INCIDENT, "PACS node 1 down", "his", "ONE_DEPARTMENT", "DEGRADED", ServiceCriticality.GENERAL,
                false, null), Set.of(node1.item().id()));

        var one = cmdb.queries().impact(AGENT_CHEN, Set.of(node1.item().id()));
        var both = cmdb.queries().impact(AGENT_CHEN, Set.of(node1.item().id(), node2.item().id()));

        assertThat(one.report().stateOf(imaging.item().id())).isEqualTo(OperationalState.DEGRADED);
        assertThat(both.report().stateOf(imaging.item().id())).isEqualTo(OperationalState.DOWN);
        assertThat(both.openTickets()).extracting(t -> t.ticket()).containsExactly(incident.id());
        assertThat(incident.assessment().factors().criticality()).isEqualTo(ServiceCriticality.CLINICAL_CRITICAL);
    }

    @Test
    void twoManagersChangingOneItemAtOnceCannotBothWin() throws Exception {
        CiView server = register("server", "SRV-1", Map.of("hostname", "his-01", "ipAddress", "10.1.0.1"));
        CiId id = server.item().id();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<CompletableFuture<String>> writers = new ArrayList<>();
        for (String reason : List.of("disk failure", "fan failure")) {
            writers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    cmdb.items().handle(new CmdbCommand.TakeLifecycleStep(CONFIG_MANAGER_QIAN, id, null,
                            CiAction.SEND_TO_REPAIR, null, reason));
                    return "won";
                } catch (VersionConflictException | IllegalTransitionException lost) {
                    return "lost";
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (CompletableFuture<String> writer : writers) {
            outcomes.add(writer.get());
        }
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("won", "lost");
        assertThat(cmdb.queries().find(AGENT_CHEN, id).item().version()).isEqualTo(2);
        assertThat(cmdb.queries().history(AGENT_CHEN, id)).hasSize(2);
    }

    @Test
    void aSaveOfAStaleItemIsRefusedByTheDatabaseAndChangesNothing() {
        CiView server = register("server", "SRV-1", Map.of("hostname", "his-01", "ipAddress", "10.1.0.1"));
        var first = storage.configurationItems().find(server.item().id()).orElseThrow();
        var second = storage.configurationItems().find(server.item().id()).orElseThrow();
        first.take(CiAction.SEND_TO_REPAIR, null, "disk", CONFIG_MANAGER_QIAN.staffId(), clock.instant());
        second.take(CiAction.RETIRE, null, "old", CONFIG_MANAGER_QIAN.staffId(), clock.instant());
        storage.transactions().inTransaction(() -> {
            storage.configurationItems().save(first);
            return null;
        });

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.configurationItems().save(second);
            return null;
        })).isInstanceOf(VersionConflictException.class);
        assertThat(cmdb.queries().find(AGENT_CHEN, server.item().id()).item().status()).isEqualTo(CiStatus.UNDER_REPAIR);
    }
}
