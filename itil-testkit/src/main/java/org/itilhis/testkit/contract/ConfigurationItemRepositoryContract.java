package org.itilhis.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.contract.CmdbScenarios.QIAN;
import static org.itilhis.testkit.contract.CmdbScenarios.at;
import static org.itilhis.testkit.contract.CmdbScenarios.fullyDetailed;
import static org.itilhis.testkit.contract.CmdbScenarios.register;
import static org.itilhis.testkit.contract.CmdbScenarios.workstation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.itilhis.core.cmdb.AssetTag;
import org.itilhis.core.cmdb.CiAction;
import org.itilhis.core.cmdb.CiDetails;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiLocation;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.cmdb.ConfigurationItem;
import org.itilhis.core.cmdb.DuplicateAssetTagException;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.configuration.in.CiSearch;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link ConfigurationItemRepository} must do: store an item's whole state, find
 * it by id and by asset tag, lock optimistically, keep asset tags unique, move its revision
 * on with every save (and only then, never coming back to a revision seen inside a
 * rolled-back transaction), hand every item to {@code forEach} and those saved after a
 * revision to {@code forEachSavedAfter}, search as {@link CiSearch}
 * says (the in-memory adapter's semantics: exact matches ignoring case, results in Java's
 * String order of asset tags, from after a given tag) and take part in transactions.
 *
 * <p>Implement it in a test class as shown for {@link TicketRepositoryContract}: each test
 * expects empty storage and the same adapters throughout one test method; writes run inside
 * {@code transactions().inTransaction(...)}.
 */
public interface ConfigurationItemRepositoryContract {

    /** The adapter under test, the same one throughout a test method. */
    ConfigurationItemRepository items();

    /** The transactions the adapter takes part in. */
    Transactions transactions();

    @Test
    default void aFullyDetailedItemIsFoundByIdAndAssetTagWithAnEqualSnapshot() {
        ConfigurationItem cluster = workstation(items().nextId(), "CLU-HIS-01");
        ConfigurationItem core = workstation(items().nextId(), "NET-CORE-01");
        ConfigurationItem database = workstation(items().nextId(), "DB-HIS-01");
        ConfigurationItem server = fullyDetailed(items().nextId(), "SRV-HIS-01", cluster, core, database);
        assertThat(server.relationships()).hasSize(5);
        assertThat(server.redundancy()).hasSize(2);

        store(server);

        assertThat(items().find(server.id())).map(ConfigurationItem::snapshot).contains(server.snapshot());
        assertThat(items().findByAssetTag(AssetTag.of("SRV-HIS-01"))).map(ConfigurationItem::snapshot)
                .contains(server.snapshot());
    }

    /** Every status (a disposed item with the note of its disposal) comes back equal. */
    @TestFactory
    default Stream<DynamicTest> anItemInEveryStatusComesBackEqual() {
        return Stream.of(CiStatus.values()).map(status -> DynamicTest.dynamicTest(status.name(), () -> {
            ConfigurationItem item = register(items().nextId(), "printer", CiDetails.of(AssetTag.of("PRN-" + status),
                    "Wristband printer " + status, ServiceCriticality.IMPORTANT)
                    .withAttributes(Map.of("printerKind", "wristband")), status);
            store(item);
            assertThat(load(item.id()).snapshot()).isEqualTo(item.snapshot());
            assertThat(load(item.id()).status()).isEqualTo(status);
        }));
    }

    @Test
    default void anUnknownIdOrAssetTagIsNotFound() {
        store(workstation(items().nextId(), "WS-5E-001"));

        assertThat(items().find(items().nextId())).isEmpty();
        assertThat(items().findByAssetTag(AssetTag.of("WS-5E-002"))).isEmpty();
        assertThat(items().findByAssetTag(AssetTag.of("ws-5e-001"))).as("asset tags are compared exactly").isEmpty();
    }

    @Test
    default void savingAChangedItemStoresItAndBumpsTheVersionByItsEvents() {
        ConfigurationItem other = workstation(items().nextId(), "WS-5E-002");
        ConfigurationItem registered = workstation(items().nextId(), "WS-5E-001");
        store(other);
        store(registered);
        ConfigurationItem item = load(registered.id());

        item.take(CiAction.SEND_TO_REPAIR, null, "screen flickers", QIAN, at(1));
        item.relate(RelationshipType.CONNECTED_TO, other, CmdbScenarios.RULES, QIAN, at(2));
        store(item);

        ConfigurationItem stored = load(registered.id());
        assertThat(stored.version()).isEqualTo(registered.version() + 2);
        assertThat(stored.status()).isEqualTo(CiStatus.UNDER_REPAIR);
        assertThat(stored.snapshot()).isEqualTo(item.snapshot());
    }

    @Test
    default void ofTwoWritersAtTheSameVersionTheSecondGetsAVersionConflictAndChangesNothing() {
        ConfigurationItem registered = workstation(items().nextId(), "WS-5E-001");
        store(registered);
        ConfigurationItem first = load(registered.id());
        ConfigurationItem second = load(registered.id());
        first.take(CiAction.SEND_TO_REPAIR, null, "screen flickers", QIAN, at(1));
        second.take(CiAction.RETIRE, null, "replaced", QIAN, at(2));
        store(first);
        long revision = items().revision();

        assertThatThrownBy(() -> store(second))
                .isInstanceOfSatisfying(VersionConflictException.class, conflict -> {
                    assertThat(conflict.code()).isEqualTo("ci.version-conflict");
                    assertThat(conflict.expected()).isEqualTo(registered.version());
                    assertThat(conflict.actual()).isEqualTo(first.version());
                });

        assertThat(load(registered.id()).snapshot()).isEqualTo(first.snapshot());
        assertThat(items().revision()).as("the refused save left the revision").isEqualTo(revision);
    }

    @Test
    default void aNewItemWhoseIdExistsIsRefused() {
        ConfigurationItem first = workstation(items().nextId(), "WS-5E-001");
        store(first);
        ConfigurationItem twin = workstation(first.id(), "WS-5E-002");

        assertThatThrownBy(() -> store(twin)).isInstanceOf(VersionConflictException.class);

        assertThat(load(first.id()).snapshot()).isEqualTo(first.snapshot());
        assertThat(items().findByAssetTag(AssetTag.of("WS-5E-002"))).isEmpty();
    }

    @Test
    default void aNewItemWithATakenAssetTagIsRefusedAndNotStored() {
        ConfigurationItem first = workstation(items().nextId(), "WS-5E-001");
        store(first);
        ConfigurationItem second = workstation(items().nextId(), "WS-5E-001");

        assertThatThrownBy(() -> store(second)).isInstanceOfSatisfying(DuplicateAssetTagException.class,
                duplicate -> assertThat(duplicate.assetTag()).isEqualTo(AssetTag.of("WS-5E-001")));

        assertThat(items().find(second.id())).isEmpty();
        assertThat(load(first.id()).snapshot()).isEqualTo(first.snapshot());
        assertThat(items().search(CiSearch.all(10))).extracting(ConfigurationItem::id).containsExactly(first.id());
    }

    @Test
    default void changingAnAssetTagToATakenOneIsRefusedAndChangesNothing() {
        ConfigurationItem first = workstation(items().nextId(), "WS-5E-001");
        ConfigurationItem second = workstation(items().nextId(), "WS-5E-002");
        store(first);
        store(second);
        ConfigurationItem renamed = load(second.id());
        renamed.change(CmdbScenarios.CLASSES.get("workstation"),
                new CiDetails(AssetTag.of("WS-5E-001"), renamed.details().name(), renamed.details().serialNumber(),
                        renamed.details().location(), renamed.details().owningDepartment(),
                        renamed.details().supportGroup(), renamed.details().criticality(), renamed.details().vendor(),
                        renamed.details().warrantyEnd(), renamed.details().attributes()), "relabelled", QIAN, at(1));

        assertThatThrownBy(() -> store(renamed)).isInstanceOf(DuplicateAssetTagException.class);

        assertThat(load(second.id()).snapshot()).isEqualTo(second.snapshot());
        assertThat(items().findByAssetTag(AssetTag.of("WS-5E-001"))).map(ConfigurationItem::id).contains(first.id());
        assertThat(items().findByAssetTag(AssetTag.of("WS-5E-002"))).map(ConfigurationItem::id).contains(second.id());
    }

    /** Two imports registering the same asset at once: the storage, not a prior read, decides. */
    @Test
    default void ofConcurrentRegistrationsOfOneAssetTagExactlyOneIsStored() {
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int round = 0; round < 3; round++) {
                String tag = "WS-RACE-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> saves = new ArrayList<>();
                for (int i = 0; i < writers; i++) {
                    ConfigurationItem item = workstation(items().nextId(), tag);
                    saves.add(pool.submit(() -> {
                        start.await();
                        try {
                            ContractSupport.committed(transactions(), () -> items().save(item));
                            return true;
                        } catch (DuplicateAssetTagException duplicate) {
                            return false;
                        }
                    }));
                }
                start.countDown();

                assertThat(ContractSupport.results(saves)).as("round %s", round).containsOnlyOnce(true);
                assertThat(items().search(CiSearch.all(10).withText(tag))).as("round %s", round).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void anAssetTagGivenUpByOneItemMayBeTakenByAnother() {
        ConfigurationItem first = workstation(items().nextId(), "WS-5E-001");
        store(first);
        ConfigurationItem relabelled = load(first.id());
        relabelled.change(CmdbScenarios.CLASSES.get("workstation"),
                CiDetails.of(AssetTag.of("WS-5E-901"), "Ward 5E PC relabelled", relabelled.details().criticality())
                        .withAttributes(relabelled.details().attributes()), null, QIAN, at(1));
        store(relabelled);
        ConfigurationItem newcomer = workstation(items().nextId(), "WS-5E-001");

        store(newcomer);

        assertThat(items().findByAssetTag(AssetTag.of("WS-5E-001"))).map(ConfigurationItem::id).contains(newcomer.id());
        assertThat(items().findByAssetTag(AssetTag.of("WS-5E-901"))).map(ConfigurationItem::id).contains(first.id());
    }

    @Test
    default void aNewItemSavedInATransactionThatThrowsIsRolledBack() {
        ConfigurationItem item = workstation(items().nextId(), "WS-5E-001");

        ContractSupport.rolledBack(transactions(), () -> items().save(item));

        assertThat(items().find(item.id())).isEmpty();
        assertThat(items().findByAssetTag(item.assetTag())).isEmpty();
        assertThat(items().search(CiSearch.all(10))).isEmpty();
        store(item);
        assertThat(load(item.id()).snapshot()).isEqualTo(item.snapshot());
    }

    @Test
    default void anUpdateSavedInATransactionThatThrowsIsRolledBack() {
        ConfigurationItem registered = workstation(items().nextId(), "WS-5E-001");
        store(registered);
        ConfigurationItem item = load(registered.id());
        item.take(CiAction.RETIRE, null, "replaced", QIAN, at(1));

        ContractSupport.rolledBack(transactions(), () -> items().save(item));

        assertThat(load(registered.id()).snapshot()).isEqualTo(registered.snapshot());
        assertThat(items().search(CiSearch.all(10).withStatus(CiStatus.RETIRED))).isEmpty();
    }

    @Test
    default void theRevisionChangesOnEverySaveAndNotOnReads() {
        Set<Long> seen = new HashSet<>();
        seen.add(items().revision());
        ConfigurationItem item = workstation(items().nextId(), "WS-5E-001");

        store(item);
        long afterInsert = items().revision();
        assertThat(seen.add(afterInsert)).as("revision %s after an insert is new", afterInsert).isTrue();

        items().find(item.id());
        items().findByAssetTag(item.assetTag());
        items().search(CiSearch.all(10));
        items().forEach(snapshot -> { });
        assertThat(items().revision()).as("after reads").isEqualTo(afterInsert);

        ConfigurationItem changed = load(item.id());
        changed.take(CiAction.SEND_TO_REPAIR, null, "screen flickers", QIAN, at(1));
        store(changed);
        long afterUpdate = items().revision();
        assertThat(seen.add(afterUpdate)).as("revision %s after an update is new", afterUpdate).isTrue();

        store(workstation(items().nextId(), "WS-5E-002"));
        assertThat(seen.add(items().revision())).as("revision after another item's save is new").isTrue();
    }

    /**
     * A reader that built something at a revision seen inside a transaction that then rolled
     * back must never take that revision for current again.
     */
    @Test
    default void aRevisionSeenInARolledBackTransactionNeverComesBack() {
        store(workstation(items().nextId(), "WS-5E-001"));
        long before = items().revision();
        List<Long> inside = new ArrayList<>();

        ContractSupport.rolledBack(transactions(), () -> {
            items().save(workstation(items().nextId(), "WS-5E-002"));
            inside.add(items().revision());
        });
        store(workstation(items().nextId(), "WS-5E-003"));

        assertThat(inside.get(0)).as("seen by its own transaction").isNotEqualTo(before);
        assertThat(items().revision()).isNotIn(before, inside.get(0));
    }

    @Test
    default void forEachHandsOverEveryStoredItemOnce() {
        List<ConfigurationItem> stored = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ConfigurationItem item = workstation(items().nextId(), "WS-5E-00" + i);
            store(item);
            stored.add(item);
        }
        ConfigurationItem changed = load(stored.get(2).id());
        changed.take(CiAction.RETIRE, null, "replaced", QIAN, at(1));
        store(changed);
        stored.set(2, changed);

        List<CiSnapshot> handed = new ArrayList<>();
        items().forEach(handed::add);

        assertThat(handed).containsExactlyInAnyOrderElementsOf(stored.stream().map(ConfigurationItem::snapshot).toList());
    }

    @Test
    default void theItemsSavedAfterARevisionAreExactlyThoseChangedOrAddedSince() {
        ConfigurationItem untouched = workstation(items().nextId(), "WS-5E-001");
        ConfigurationItem changed = workstation(items().nextId(), "WS-5E-002");
        store(untouched);
        store(changed);
        long before = items().revision();
        ConfigurationItem retired = load(changed.id());
        retired.take(CiAction.RETIRE, null, "replaced", QIAN, at(1));
        store(retired);
        ConfigurationItem added = workstation(items().nextId(), "WS-5E-003");
        store(added);

        List<CiSnapshot> handed = new ArrayList<>();
        items().forEachSavedAfter(before, handed::add);
        List<CiSnapshot> now = new ArrayList<>();
        items().forEachSavedAfter(items().revision(), now::add);
        List<CiSnapshot> all = new ArrayList<>();
        items().forEachSavedAfter(Long.MIN_VALUE, all::add);

        assertThat(handed).containsExactlyInAnyOrder(retired.snapshot(), added.snapshot());
        assertThat(now).as("nothing saved after the current revision").isEmpty();
        assertThat(all).containsExactlyInAnyOrder(untouched.snapshot(), retired.snapshot(), added.snapshot());
    }

    @Test
    default void aRolledBackSaveIsNotHandedAsSavedAfterARevision() {
        ConfigurationItem registered = workstation(items().nextId(), "WS-5E-001");
        store(registered);
        long before = items().revision();
        ConfigurationItem retired = load(registered.id());
        retired.take(CiAction.RETIRE, null, "replaced", QIAN, at(1));

        ContractSupport.rolledBack(transactions(), () -> {
            items().save(retired);
            items().save(workstation(items().nextId(), "WS-5E-002"));
        });

        List<CiSnapshot> handed = new ArrayList<>();
        items().forEachSavedAfter(before, handed::add);
        assertThat(handed).isEmpty();
        List<CiSnapshot> all = new ArrayList<>();
        items().forEachSavedAfter(Long.MIN_VALUE, all::add);
        assertThat(all).containsExactly(registered.snapshot());
    }

    @Test
    default void nextCiIdNeverRepeats() {
        Set<CiId> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(ids.add(items().nextId())).as("id %s is new", i).isTrue();
        }
    }

    @Test
    default void aFoundItemIsAnIndependentCopy() {
        ConfigurationItem registered = workstation(items().nextId(), "WS-5E-001");
        store(registered);
        CiSnapshot stored = registered.snapshot();

        ConfigurationItem copy = load(registered.id());
        copy.take(CiAction.RETIRE, null, "changed on a copy only", QIAN, at(1));
        registered.take(CiAction.SEND_TO_REPAIR, null, "changed on the original only", QIAN, at(2));

        assertThat(load(registered.id())).isNotSameAs(copy);
        assertThat(load(registered.id()).snapshot()).isEqualTo(stored);
    }

    @Test
    default void aSearchWithoutCriteriaListsEveryItemInAssetTagOrderUpToTheLimit() {
        storeSearchFixture();

        assertThat(tags(CiSearch.all(CiSearch.MAX_LIMIT))).containsExactlyElementsOf(CiSearchFixture.TAGS_IN_ORDER);
        assertThat(tags(CiSearch.all(3))).containsExactlyElementsOf(CiSearchFixture.TAGS_IN_ORDER.subList(0, 3));
        assertThat(tags(CiSearch.all(1))).containsExactly("NET-CORE-01");
    }

    @Test
    default void aHostNameMatchesTheHostnameAttributeExactlyIgnoringCase() {
        storeSearchFixture();

        assertThat(tags(CiSearch.all(10).withHostname("WS5E-NS01"))).containsExactly("WS-5E-001");
        assertThat(tags(CiSearch.all(10).withHostname("ws5e-ns01"))).containsExactly("WS-5E-001");
        assertThat(tags(CiSearch.all(10).withHostname("HIS-APP-01"))).containsExactly("SRV-HIS-01");
        assertThat(tags(CiSearch.all(10).withHostname("ws5e"))).as("no prefix match").isEmpty();
        assertThat(tags(CiSearch.all(10).withHostname("10.5.1.21"))).as("not an IP attribute").isEmpty();
        assertThat(tags(CiSearch.all(10).withHostname("SRV-HIS-01"))).as("not the asset tag").isEmpty();
    }

    @Test
    default void anIpAddressMatchesTheAddressOrTheManagementAddressExactlyIgnoringCase() {
        storeSearchFixture();

        assertThat(tags(CiSearch.all(10).withIpAddress("10.1.0.1"))).containsExactly("NET-CORE-01");
        assertThat(tags(CiSearch.all(10).withIpAddress("10.1.0.11"))).containsExactly("SRV-HIS-01");
        assertThat(tags(CiSearch.all(10).withIpAddress("2001:db8::21"))).containsExactly("WS-EC-001");
        assertThat(tags(CiSearch.all(10).withIpAddress("2001:DB8::21"))).containsExactly("WS-EC-001");
        assertThat(tags(CiSearch.all(10).withIpAddress("10.5.1"))).as("no prefix match").isEmpty();
        assertThat(tags(CiSearch.all(10).withIpAddress("ws5e-ns01"))).as("not the hostname").isEmpty();
    }

    @Test
    default void aLocationMatchesWhenEveryGivenPartIsEqualIgnoringCase() {
        storeSearchFixture();

        assertThat(tags(CiSearch.all(10).withLocation(CiLocation.of(null, "building 2", "5", null))))
                .containsExactly("PRN-5E-01", "WS-5E-001", "WS-5E-002", "WS-EC-001");
        assertThat(tags(CiSearch.all(10).withLocation(CiLocation.of("MAIN", "Building 2", "5", null))))
                .containsExactly("PRN-5E-01", "WS-5E-001", "WS-5E-002");
        assertThat(tags(CiSearch.all(10).withLocation(CiLocation.of("Main", "Building 2", "5", "east NURSE station"))))
                .containsExactly("PRN-5E-01", "WS-5E-001");
        assertThat(tags(CiSearch.all(10).withLocation(CiLocation.of(null, null, null, "Room 3"))))
                .containsExactly("NET-CORE-01", "SRV-HIS-01");
        assertThat(tags(CiSearch.all(10).withLocation(CiLocation.of("main", null, null, null))))
                .as("an item without a location is in no area")
                .containsExactly("NET-CORE-01", "PRN-5E-01", "PRN_OPD-01", "SRV-HIS-01", "WS-5E-001", "WS-5E-002");
        assertThat(tags(CiSearch.all(10).withLocation(CiLocation.of("Main", "Outpatient building", "1", "Room 1"))))
                .as("a part the item lacks does not match").isEmpty();
        assertThat(tags(CiSearch.all(10).withLocation(CiLocation.of(null, "Building", null, null))))
                .as("no prefix match").isEmpty();
    }

    @Test
    default void classCodesMatchAnyOfThem() {
        storeSearchFixture();

        assertThat(tags(CiSearch.all(10).withClassCodes(List.of("printer", "network-device"))))
                .containsExactly("NET-CORE-01", "PRN-5E-01", "PRN_OPD-01");
        assertThat(tags(CiSearch.all(10).withClassCodes(List.of("his")))).containsExactly("his-prod-01");
        assertThat(tags(CiSearch.all(10).withClassCodes(List.of("hardware")))).as("exact codes only").isEmpty();
    }

    @Test
    default void anOwningDepartmentOrAStatusMatchesExactly() {
        storeSearchFixture();

        assertThat(tags(CiSearch.all(10).withOwningDepartment(DemoHospital.OUTPATIENT)))
                .containsExactly("PRN_OPD-01", "WS-EC-001");
        assertThat(tags(CiSearch.all(10).withStatus(CiStatus.UNDER_REPAIR))).containsExactly("PRN-5E-01");
        assertThat(tags(CiSearch.all(10).withStatus(CiStatus.IN_STOCK))).containsExactly("WS-5E-002");
        assertThat(tags(CiSearch.all(10).withStatus(CiStatus.RETIRED))).isEmpty();
    }

    @Test
    default void aTextIsFoundInTheAssetTagOrTheNameIgnoringCase() {
        storeSearchFixture();

        assertThat(tags(CiSearch.all(10).withText("ward 5e"))).containsExactly("PRN-5E-01", "WS-5E-001", "WS-5E-002");
        assertThat(tags(CiSearch.all(10).withText("srv-his"))).as("in the tag").containsExactly("SRV-HIS-01");
        assertThat(tags(CiSearch.all(10).withText("HIS")))
                .containsExactly("SRV-HIS-01", "his-prod-01");
        assertThat(tags(CiSearch.all(10).withText("信息系统"))).containsExactly("his-prod-01");
        assertThat(tags(CiSearch.all(10).withText("5e-0"))).containsExactly("PRN-5E-01", "WS-5E-001", "WS-5E-002");
    }

    @Test
    default void wildcardsInATextAreOrdinaryCharacters() {
        storeSearchFixture();

        assertThat(tags(CiSearch.all(10).withText("_"))).containsExactly("PRN_OPD-01");
        assertThat(tags(CiSearch.all(10).withText("100%"))).containsExactly("PRN_OPD-01");
        assertThat(tags(CiSearch.all(10).withText("%"))).containsExactly("PRN_OPD-01");
        assertThat(tags(CiSearch.all(10).withText("1_0"))).isEmpty();
        assertThat(tags(CiSearch.all(10).withText("\\"))).isEmpty();
    }

    @Test
    default void everyGivenCriterionMustHoldAndTheLimitAppliesAfterThem() {
        storeSearchFixture();
        CiSearch building2Workstations = CiSearch.all(10).withLocation(CiLocation.of(null, "Building 2", null, null))
                .withClassCodes(List.of("workstation"));

        assertThat(tags(building2Workstations)).containsExactly("WS-5E-001", "WS-5E-002", "WS-EC-001");
        assertThat(tags(building2Workstations.withStatus(CiStatus.IN_USE))).containsExactly("WS-5E-001", "WS-EC-001");
        assertThat(tags(building2Workstations.withStatus(CiStatus.IN_USE).withText("ward")))
                .containsExactly("WS-5E-001");
        assertThat(tags(building2Workstations.withOwningDepartment(DemoHospital.WARD_5_EAST)
                .withHostname("ws5e-do01").withIpAddress("10.5.1.22"))).containsExactly("WS-5E-002");
        assertThat(tags(building2Workstations.withIpAddress("10.5.1.40"))).as("the printer's address").isEmpty();
        assertThat(tags(building2Workstations.withLimit(2))).containsExactly("WS-5E-001", "WS-5E-002");
    }

    @Test
    default void aSearchAfterAnAssetTagFindsOnlyTheItemsWhoseTagsComeAfterItInJavasOrder() {
        storeSearchFixture();

        assertThat(tags(CiSearch.all(10).after(AssetTag.of("SRV-HIS-01"))))
                .containsExactly("WS-5E-001", "WS-5E-002", "WS-EC-001", "his-prod-01");
        assertThat(tags(CiSearch.all(10).after(AssetTag.of("PRN-5E-01")))).as("'_' comes after '-'")
                .startsWith("PRN_OPD-01");
        assertThat(tags(CiSearch.all(10).after(AssetTag.of("WS-EC-001")))).as("lower case after upper case")
                .containsExactly("his-prod-01");
        assertThat(tags(CiSearch.all(10).after(AssetTag.of("Z")))).as("not a stored tag")
                .containsExactly("his-prod-01");
        assertThat(tags(CiSearch.all(10).after(AssetTag.of("WS-5E")))).as("a prefix comes first")
                .containsExactly("WS-5E-001", "WS-5E-002", "WS-EC-001", "his-prod-01");
        assertThat(tags(CiSearch.all(10).after(AssetTag.of("his-prod-01")))).isEmpty();
        assertThat(tags(CiSearch.all(10).after(AssetTag.of("ws")))).as("nothing sorts after it").isEmpty();
        assertThat(tags(CiSearch.all(10).after(AssetTag.of("!"))))
                .containsExactlyElementsOf(CiSearchFixture.TAGS_IN_ORDER);
    }

    @Test
    default void theCriteriaGivenAfterThePositionKeepIt() {
        storeSearchFixture();
        Function<String, CiSearch> theServerAfter = tag -> CiSearch.all(10).after(AssetTag.of(tag))
                .withLocation(CiSearchFixture.DATA_CENTRE).withClassCodes(List.of("server", "network-device"))
                .withStatus(CiStatus.IN_USE).withOwningDepartment(DemoHospital.IT).withHostname("his-app-01")
                .withIpAddress("10.1.0.11").withText("his").withLimit(5);

        assertThat(tags(theServerAfter.apply("NET-CORE-01"))).containsExactly("SRV-HIS-01");
        assertThat(tags(theServerAfter.apply("SRV-HIS-01"))).isEmpty();
    }

    @Test
    default void pagingAfterTheLastAssetTagOfEachPageReadsEveryMatchOnceInOrder() {
        storeSearchFixture();
        Map<String, CiSearch> searches = Map.of(
                "everything", CiSearch.all(1),
                "in use, with a text", CiSearch.all(1).withStatus(CiStatus.IN_USE).withText("-0"),
                "classes of a department", CiSearch.all(1).withOwningDepartment(DemoHospital.IT)
                        .withClassCodes(List.of("his", "server", "network-device")),
                "a location, a class and a status", CiSearch.all(1)
                        .withLocation(CiLocation.of("main", null, null, null))
                        .withClassCodes(List.of("workstation", "printer")).withStatus(CiStatus.IN_USE));

        searches.forEach((name, search) -> {
            List<String> all = tags(search.withLimit(CiSearch.MAX_LIMIT));
            assertThat(all).as(name).isNotEmpty().isSortedAccordingTo(String::compareTo);
            for (int k = 1; k <= all.size() + 1; k++) {
                assertThat(pagedTags(search, k)).as("%s in pages of %s", name, k).containsExactlyElementsOf(all);
            }
        });
        assertThat(tags(searches.get("in use, with a text").withLimit(CiSearch.MAX_LIMIT)))
                .containsExactly("NET-CORE-01", "PRN_OPD-01", "SRV-HIS-01", "WS-5E-001", "WS-EC-001", "his-prod-01");
        assertThat(tags(searches.get("classes of a department").withLimit(CiSearch.MAX_LIMIT)))
                .containsExactly("NET-CORE-01", "SRV-HIS-01", "his-prod-01");
    }

    @Test
    default void aSearchSeesAChangedItemAsItIsNow() {
        storeSearchFixture();
        ConfigurationItem moved = items().findByAssetTag(AssetTag.of("WS-5E-002")).orElseThrow();
        moved.take(CiAction.DEPLOY, CiLocation.of("Main", "Building 3", "2", "Room 201"), null, QIAN, at(1));
        store(moved);

        assertThat(tags(CiSearch.all(10).withLocation(CiLocation.of(null, "Building 3", null, null))))
                .containsExactly("WS-5E-002");
        assertThat(tags(CiSearch.all(10).withLocation(CiLocation.of(null, "Building 2", "5", "Doctors office"))))
                .isEmpty();
        assertThat(tags(CiSearch.all(10).withStatus(CiStatus.IN_STOCK))).isEmpty();
        assertThat(items().search(CiSearch.all(10).withHostname("ws5e-do01"))).map(ConfigurationItem::snapshot)
                .containsExactly(moved.snapshot());
    }

    private void storeSearchFixture() {
        CiSearchFixture.store(items()::nextId, this::store);
    }

    /** Every match of {@code search}, read in pages of {@code size}, each after the last tag of the one before. */
    private List<String> pagedTags(CiSearch search, int size) {
        List<String> read = new ArrayList<>();
        CiSearch page = search.withLimit(size);
        for (int pages = 0; pages <= CiSearchFixture.TAGS_IN_ORDER.size(); pages++) {
            List<String> found = tags(page);
            assertThat(found).hasSizeLessThanOrEqualTo(size);
            read.addAll(found);
            if (found.size() < size) {
                return read;
            }
            page = page.after(AssetTag.of(found.get(found.size() - 1)));
        }
        throw new AssertionError("paging in pages of " + size + " does not end: " + read);
    }

    private List<String> tags(CiSearch search) {
        return items().search(search).stream().map(item -> item.assetTag().value()).toList();
    }

    private void store(ConfigurationItem item) {
        ContractSupport.committed(transactions(), () -> items().save(item));
        item.pullEvents();
    }

    private ConfigurationItem load(CiId id) {
        return items().find(id).orElseThrow(() -> new AssertionError("item " + id + " is not stored"));
    }
}
