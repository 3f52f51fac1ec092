package org.itilhis.ports.release.service;

import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeDetails;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeModel;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.ChangePlans;
import org.itilhis.core.change.ChangeRequest;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.change.PlannedWindow;
import org.itilhis.core.change.RiskLevel;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.cmdb.CiEvent;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiSnapshot;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.release.ReleaseId;
import org.itilhis.core.release.ReleaseSnapshot;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.release.in.PlanRelease;
import org.itilhis.ports.release.in.ReleaseCommand;
import org.itilhis.ports.release.in.ReleaseView;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/**
 * The demo hospital with release management: release manager Xu ships HIS 5.3.2 to the
 * outpatient clients of ward 5 east, then to the whole hospital; the bundled changes are
 * standard changes of the HIS client template, put into each standing by their own steps and
 * stored in change management's store; the HIS items are registered in the CMDB with the
 * version they run.
 */
final class ReleaseDesk {
    static final Actor RELEASE_MANAGER_XU = DemoHospital.RELEASE_MANAGER_XU;
    static final Actor CHANGE_MANAGER_LIN = DemoHospital.CHANGE_MANAGER_LIN;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** HIS clients, Monday to Friday 21:00 to 23:30. */
    static final ChangeTemplate HIS_CLIENT_UPDATE = new ChangeTemplate("his-client-update", "Update HIS clients",
            ImmutableSet.of("his"), ImmutableSet.of(), ImmutableList.of(WeeklyWindow.weekdays(LocalTime.of(21, 0),
            LocalTime.of(23, 30))), SHANGHAI, RiskLevel.LOW);
    /** Thursday 5 March 2026, 22:00 to 23:00 in Shanghai. */
    static final PlannedWindow THURSDAY_NIGHT = PlannedWindow.of(Instant.parse("2026-03-05T14:00:00Z"),
            Instant.parse("2026-03-05T15:00:00Z"));
    private static final Instant BEFORE = Instant.parse("2026-03-01T00:00:00Z");
    private static final StaffId REQUESTER = DemoHospital.SPECIALIST_HUANG.staffId();

    final InMemoryServiceDesk desk = DemoHospital.inMemory();
    private long changes;
    private int items;

    /** How far a bundled change has come in change management. */
    enum ChangeAt {
        DRAFT, APPROVED, SCHEDULED, IMPLEMENTED, FAILED, CANCELLED
    }

    /** A standard change of {@link #HIS_CLIENT_UPDATE} on {@code ci}, brought to {@code at} and stored. */
    ChangeId change(CiId ci, ChangeAt at) {
        changes++;
        Change change = Change.raiseStandard(new ChangeId(new UUID(0xC4A6EL, changes)), ChangeNumber.of(2026, changes),
                HIS_CLIENT_UPDATE, ChangeRequest.of(ChangeDetails.of("HIS client patch " + changes, "门诊客户端补丁"),
                        ChangePlans.of("install the patch", "uninstall the patch", "log in and register a patient"),
                        Set.of(ci), THURSDAY_NIGHT, ExpectedOutage.none(), REQUESTER, DemoHospital.HIS_SUPPORT,
                        CHANGE_MANAGER_LIN.staffId()), Map.of(ci, "his"), REQUESTER, BEFORE);
        store(change);
        advance(change.id(), at);
        return change.id();
    }

    /** Moves a stored change on to {@code at} by its own steps (from wherever it is). */
    void advance(ChangeId id, ChangeAt at) {
        StaffId by = CHANGE_MANAGER_LIN.staffId();
        edit(id, change -> {
            switch (at) {
                case DRAFT -> { }
                case CANCELLED -> change.cancel("no longer needed", by, BEFORE);
                default -> {
                    step(change, "APPROVED", () -> change.submitStandard(by, BEFORE));
                    if (at == ChangeAt.APPROVED) {
                        return;
                    }
                    step(change, "SCHEDULED", () -> change.schedule(THURSDAY_NIGHT, Optional.empty(), by, BEFORE));
                    if (at == ChangeAt.SCHEDULED) {
                        return;
                    }
                    step(change, "IMPLEMENTING", () -> change.start(by, BEFORE));
                    if (at == ChangeAt.FAILED) {
                        change.fail("the patch broke the printing of prescriptions", true, by, BEFORE);
                    } else {
                        change.complete(by, BEFORE);
                    }
                }
            }
        });
    }

    private static void step(Change change, String reached, Runnable step) {
        if (change.status().ordinal() < org.itilhis.core.change.ChangeStatus.valueOf(reached).ordinal()) {
            step.run();
        }
    }

    private void edit(ChangeId id, Consumer<Change> steps) {
        Change change = desk.changeStore.find(id).orElseThrow();
        steps.accept(change);
        store(change);
    }

    private void store(Change change) {
        desk.transactions.inTransaction(() -> {
            desk.changeStore.save(change);
            return null;
        });
        change.pullEvents();
    }

    String numberOf(ChangeId change) {
        return desk.changeStore.find(change).orElseThrow().number().toString();
    }

    /** An HIS item of ward 5 east running {@code version} (null: the CMDB does not know its version). */
    CiId hisItem(String version) {
        Map<String, String> attributes = new java.util.HashMap<>(Map.of("vendorProduct", "WinEx HIS"));
        if (version != null) {
            attributes.put("version", version);
        }
        items++;
        return desk.cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, "his",
                new CiData("HIS-" + items, "HIS outpatient client " + items, null, "Main campus", "Building 3", "2F",
                        "Ward 5 east", "it", "his-second-line", ServiceCriticality.CLINICAL_CRITICAL, "Winning Health",
                        null, attributes), CiStatus.IN_USE))
                .item().id();
    }

    /** The version attribute of {@code ci} in the CMDB. */
    Optional<String> versionOf(CiId ci) {
        return desk.configurationItems.find(ci).orElseThrow().snapshot().details().attribute("version");
    }

    /** The notes of the item's detail changes in its history, oldest first, each with who made it. */
    List<String> cmdbNotes(CiId ci) {
        return desk.events.history(ci.toString()).stream()
                .filter(CiEvent.DetailsChanged.class::isInstance).map(CiEvent.DetailsChanged.class::cast)
                .map(e -> e.actor() + ": " + e.note().orElse("")).toList();
    }

    ReleaseView plan(Set<ChangeId> bundled) {
        return desk.releases.releases().plan(PlanRelease.onDefaultStages(RELEASE_MANAGER_XU, "HIS 5.3.2",
                "门诊处方修复与新的收费报表", RELEASE_MANAGER_XU.staffId(), bundled));
    }

    ReleaseView handle(ReleaseCommand command) {
        return desk.releases.releases().handle(command);
    }

    /** The release started and given its go up to and including {@code stage} (not hospital-wide). */
    ReleaseView goThrough(ReleaseId release, String... stages) {
        ReleaseView view = handle(new ReleaseCommand.Start(RELEASE_MANAGER_XU, release, null));
        for (String stage : stages) {
            view = handle(new ReleaseCommand.Go(RELEASE_MANAGER_XU, release, null, stage, stage + " looks good"));
        }
        return view;
    }

    List<String> logTypes() {
        return desk.events.all().stream().map(DomainEvent::type).toList();
    }

    /** Everything a refused command must leave as it was: the releases, the CMDB's items and the event log. */
    Picture picture() {
        Map<CiId, CiSnapshot> items = new java.util.HashMap<>();
        desk.configurationItems.forEach(item -> items.put(item.id(), item));
        return new Picture(desk.releaseStore.snapshots(), items, desk.events.all());
    }

    record Picture(Map<ReleaseId, ReleaseSnapshot> releases, Map<CiId, CiSnapshot> items, List<DomainEvent> events) {
    }
}
