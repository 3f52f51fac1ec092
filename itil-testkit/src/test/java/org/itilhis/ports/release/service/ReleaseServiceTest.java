package org.itilhis.ports.release.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.ports.release.service.ReleaseDesk.RELEASE_MANAGER_XU;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itilhis.core.access.NotPermittedException;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.release.ReleaseAction;
import org.itilhis.core.release.ReleaseStatus;
import org.itilhis.core.release.RestoreVersionUnknownException;
import org.itilhis.core.release.SoftwareVersion;
import org.itilhis.core.release.StageNotEnteredException;
import org.itilhis.core.release.StageOutOfOrderException;
import org.itilhis.core.release.UnapprovedChangesException;
import org.itilhis.core.release.UnfinishedChangesException;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.core.workflow.WorkflowException;
import org.itilhis.ports.change.in.ChangeNotFoundException;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.configuration.in.CiNotFoundException;
import org.itilhis.ports.release.in.PlanRelease;
import org.itilhis.ports.release.in.ReleaseCommand;
import org.itilhis.ports.release.in.ReleaseNotFoundException;
import org.itilhis.ports.release.in.ReleaseView;
import org.itilhis.ports.release.service.ReleaseDesk.ChangeAt;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.Test;

/**
 * Release management's commands on the demo hospital: release manager Xu ships HIS 5.3.2
 * (two standard changes of the HIS client template) through build, test, the pilot ward 5 east
 * and the whole hospital. Deployments and rollbacks change the items' versions in the CMDB
 * through its own command, whose history names the release; every refusal leaves the releases,
 * the CMDB and the event log as they were.
 */
class ReleaseServiceTest {
    private static final Actor RM = RELEASE_MANAGER_XU;

    private final ReleaseDesk desk = new ReleaseDesk();

    // ---- planning ---------------------------------------------------------------------------------

    @Test
    void planningNumbersTheReleaseOnTheHospitalStagesWithItsBundledChanges() {
        CiId client = desk.hisItem("5.3.1");
        ChangeId fix = desk.change(client, ChangeAt.APPROVED);

        ReleaseView planned = desk.plan(Set.of(fix));

        assertThat(planned.number().toString()).isEqualTo("REL-2026-000001");
        assertThat(planned.status()).isEqualTo(ReleaseStatus.PLANNED);
        assertThat(planned.release().stages().names()).containsExactly("build", "test", "pilot-ward", "hospital-wide");
        assertThat(planned.release().changes()).containsExactly(fix);
        assertThat(planned.release().releaseVersion()).isEqualTo(SoftwareVersion.of("HIS 5.3.2"));
        assertThat(planned.allowedActions()).contains(ReleaseAction.BUNDLE_CHANGE, ReleaseAction.START);
        assertThat(desk.logTypes()).endsWith("release.planned");
    }

    @Test
    void aReleaseMayNameItsOwnStagesAndWhichOfThemIsHospitalWide() {
        ReleaseView planned = desk.desk.releases.releases().plan(new PlanRelease(RM, "PACS 8.1", "PACS viewer",
                RM.staffId(), List.of("test", "all-wards", "hypercare"), "all-wards", Set.of()));

        assertThat(planned.release().stages().hospitalWideStage().name()).isEqualTo("all-wards");
        assertThat(planned.release().stages().names()).containsExactly("test", "all-wards", "hypercare");
    }

    @Test
    void badPlansAreRefusedNamingTheFieldAndNothingIsStored() {
        ReleaseDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.desk.releases.releases().plan(PlanRelease.onDefaultStages(RM, " ", "x",
                RM.staffId(), Set.of()))).isInstanceOfSatisfying(InvalidCommandException.class,
                invalid -> assertThat(invalid.violations()).anyMatch(v -> v.field().equals("version")));
        assertThatThrownBy(() -> desk.desk.releases.releases().plan(new PlanRelease(RM, "HIS 5.3.2", "x",
                RM.staffId(), List.of("Build", "test"), null, Set.of())))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        invalid -> assertThat(invalid.violations()).anyMatch(v -> v.field().startsWith("stages")));
        assertThatThrownBy(() -> desk.desk.releases.releases().plan(new PlanRelease(RM, "HIS 5.3.2", "x",
                RM.staffId(), List.of("build", "test"), "pilot-ward", Set.of())))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        invalid -> assertThat(invalid.violations()).anyMatch(v -> v.field().equals("hospitalWideStage")));
        assertThatThrownBy(() -> desk.desk.releases.releases().plan(new PlanRelease(RM, "HIS 5.3.2", "x",
                RM.staffId(), List.of("test", "test"), null, Set.of())))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        invalid -> assertThat(invalid.violations()).anyMatch(v -> v.field().equals("stages")));
        assertThat(desk.picture()).isEqualTo(before);
    }

    @Test
    void bundlingNeedsTheChangeToExist() {
        ChangeId unknown = new ChangeId(new java.util.UUID(9, 9));
        ReleaseDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.plan(Set.of(unknown))).isInstanceOf(ChangeNotFoundException.class);
        assertThat(desk.picture()).isEqualTo(before);

        ReleaseView planned = desk.plan(Set.of());
        assertThatThrownBy(() -> desk.handle(new ReleaseCommand.BundleChange(RM, planned.id(), null, unknown)))
                .isInstanceOfSatisfying(ChangeNotFoundException.class,
                        missing -> assertThat(missing.code()).isEqualTo("change.not-found"));
    }

    @Test
    void bundlingAndUnbundlingWhilePlanningThenTheBundleIsFrozen() {
        CiId client = desk.hisItem("5.3.1");
        ChangeId fix = desk.change(client, ChangeAt.APPROVED);
        ChangeId report = desk.change(client, ChangeAt.DRAFT);
        ReleaseView planned = desk.plan(Set.of(fix));

        desk.handle(new ReleaseCommand.BundleChange(RM, planned.id(), null, report));
        ReleaseView unbundled = desk.handle(new ReleaseCommand.UnbundleChange(RM, planned.id(), null, fix));
        ReleaseView started = desk.handle(new ReleaseCommand.Start(RM, planned.id(), null));

        assertThat(unbundled.release().changes()).containsExactly(report);
        assertThat(started.status()).isEqualTo(ReleaseStatus.IN_PROGRESS);
        assertThatThrownBy(() -> desk.handle(new ReleaseCommand.BundleChange(RM, planned.id(), null, fix)))
                .isInstanceOf(WorkflowException.class);
    }

    // ---- the whole life ---------------------------------------------------------------------------

    @Test
    void aReleaseGoesThroughItsStagesDeploysToTheCmdbAndClosesOnceItsChangesAreImplemented() {
        CiId ward = desk.hisItem("5.3.1");
        CiId hospital = desk.hisItem("5.3.0");
        ChangeId fix = desk.change(ward, ChangeAt.APPROVED);
        ChangeId report = desk.change(hospital, ChangeAt.SCHEDULED);
        ReleaseView planned = desk.plan(Set.of(fix, report));

        desk.goThrough(planned.id(), "build", "test", "pilot-ward");
        ReleaseView piloted = desk.handle(new ReleaseCommand.Deploy(RM, planned.id(), null, "pilot-ward", "5.3.2",
                Set.of(ward)));
        desk.handle(new ReleaseCommand.Go(RM, planned.id(), null, "hospital-wide", "ward 5 east ran a week"));
        desk.handle(new ReleaseCommand.Deploy(RM, planned.id(), null, "hospital-wide", "5.3.2", Set.of(hospital)));
        ReleaseView deployed = desk.handle(new ReleaseCommand.Complete(RM, planned.id(), null));
        desk.advance(fix, ChangeAt.IMPLEMENTED);
        desk.advance(report, ChangeAt.IMPLEMENTED);
        ReleaseView closed = desk.handle(new ReleaseCommand.Close(RM, planned.id(), deployed.version()));

        assertThat(piloted.release().deployments()).singleElement().satisfies(d -> {
            assertThat(d.ci()).isEqualTo(ward);
            assertThat(d.previousVersion()).contains(SoftwareVersion.of("5.3.1"));
        });
        assertThat(deployed.status()).isEqualTo(ReleaseStatus.DEPLOYED);
        assertThat(closed.status()).isEqualTo(ReleaseStatus.CLOSED);
        assertThat(desk.versionOf(ward)).contains("5.3.2");
        assertThat(desk.versionOf(hospital)).contains("5.3.2");
        assertThat(desk.cmdbNotes(ward)).containsExactly(
                "RM001: REL-2026-000001 (HIS 5.3.2) deployed 5.3.2 in stage pilot-ward");
        assertThat(desk.logTypes()).containsSubsequence("release.planned", "release.started", "release.go-given",
                "release.go-given", "release.go-given", "release.deployed", "ci.details-changed", "release.go-given",
                "release.deployed", "ci.details-changed", "release.completed", "release.closed");
    }

    @Test
    void deployingToSeveralItemsChangesEachItemsVersionInOneTransaction() {
        CiId first = desk.hisItem("5.3.1");
        CiId second = desk.hisItem("5.3.1");
        ReleaseView planned = desk.plan(Set.of(desk.change(first, ChangeAt.APPROVED)));
        desk.goThrough(planned.id(), "build");

        ReleaseView deployed = desk.handle(new ReleaseCommand.Deploy(RM, planned.id(), null, "build",
                "5.3.2-build.118", Set.of(first, second)));

        assertThat(deployed.release().deployments()).hasSize(2);
        assertThat(desk.versionOf(first)).contains("5.3.2-build.118");
        assertThat(desk.versionOf(second)).contains("5.3.2-build.118");
    }

    @Test
    void aDeploymentToAnItemNotInTheCmdbChangesNothingAtAll() {
        CiId known = desk.hisItem("5.3.1");
        ReleaseView planned = desk.plan(Set.of(desk.change(known, ChangeAt.APPROVED)));
        desk.goThrough(planned.id(), "build");
        ReleaseDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.handle(new ReleaseCommand.Deploy(RM, planned.id(), null, "build", "5.3.2",
                Set.of(known, new CiId(new java.util.UUID(8, 8)))))).isInstanceOf(CiNotFoundException.class);
        assertThatThrownBy(() -> desk.handle(new ReleaseCommand.Deploy(RM, planned.id(), null, "test", "5.3.2",
                Set.of(known)))).isInstanceOf(StageNotEnteredException.class);
        assertThat(desk.picture()).isEqualTo(before);
        assertThat(desk.versionOf(known)).contains("5.3.1");
    }

    @Test
    void theHospitalWideGoIsRefusedNamingTheChangesNotApproved() {
        CiId client = desk.hisItem("5.3.1");
        ChangeId approved = desk.change(client, ChangeAt.APPROVED);
        ChangeId draft = desk.change(client, ChangeAt.DRAFT);
        ChangeId failed = desk.change(client, ChangeAt.FAILED);
        ReleaseView planned = desk.plan(Set.of(approved, draft, failed));
        desk.goThrough(planned.id(), "build", "test", "pilot-ward");
        ReleaseDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.handle(new ReleaseCommand.Go(RM, planned.id(), null, "hospital-wide",
                "the pilot went well"))).isInstanceOfSatisfying(UnapprovedChangesException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("release.unapproved-changes");
                    assertThat(refused.changes()).containsExactlyInAnyOrder(draft, failed);
                    assertThat(refused.getMessage()).contains(desk.numberOf(draft), desk.numberOf(failed))
                            .doesNotContain(desk.numberOf(approved));
                });
        assertThat(desk.picture()).isEqualTo(before);

        desk.advance(draft, ChangeAt.APPROVED);
        assertThatThrownBy(() -> desk.handle(new ReleaseCommand.Go(RM, planned.id(), null, "hospital-wide",
                "the pilot went well"))).isInstanceOfSatisfying(UnapprovedChangesException.class,
                refused -> assertThat(refused.changes()).containsExactly(failed));
    }

    @Test
    void stagesAreDecidedInOrderAndANoGoHaltsTheRelease() {
        CiId client = desk.hisItem("5.3.1");
        ReleaseView planned = desk.plan(Set.of(desk.change(client, ChangeAt.APPROVED)));
        desk.goThrough(planned.id(), "build");

        assertThatThrownBy(() -> desk.handle(new ReleaseCommand.Go(RM, planned.id(), null, "pilot-ward", "skip")))
                .isInstanceOf(StageOutOfOrderException.class);
        ReleaseView halted = desk.handle(new ReleaseCommand.NoGo(RM, planned.id(), null, "test",
                "prescriptions are cut off on ward printers"));
        ReleaseView cancelled = desk.handle(new ReleaseCommand.Cancel(RM, planned.id(), null, "fixed in 5.3.3"));

        assertThat(halted.status()).isEqualTo(ReleaseStatus.HALTED);
        assertThat(cancelled.status()).isEqualTo(ReleaseStatus.CANCELLED);
    }

    // ---- rollback and close -----------------------------------------------------------------------

    @Test
    void aRollbackSetsEveryItemBackToItsVersionBeforeTheReleaseThroughTheCmdb() {
        CiId ward = desk.hisItem("5.3.1");
        CiId unversioned = desk.hisItem(null);
        ReleaseView planned = desk.plan(Set.of(desk.change(ward, ChangeAt.APPROVED)));
        desk.goThrough(planned.id(), "build", "test", "pilot-ward");
        desk.handle(new ReleaseCommand.Deploy(RM, planned.id(), null, "pilot-ward", "5.3.2", Set.of(ward)));
        desk.handle(new ReleaseCommand.Deploy(RM, planned.id(), null, "pilot-ward", "5.3.2-hotfix", Set.of(ward,
                unversioned)));

        ReleaseDesk.Picture before = desk.picture();
        assertThatThrownBy(() -> desk.handle(new ReleaseCommand.RollBack(RM, planned.id(), null,
                "prescriptions lose their dosage unit", Map.of())))
                .isInstanceOfSatisfying(RestoreVersionUnknownException.class,
                        unknown -> assertThat(unknown.items()).containsExactly(unversioned));
        assertThat(desk.picture()).isEqualTo(before);

        ReleaseView rolledBack = desk.handle(new ReleaseCommand.RollBack(RM, planned.id(), null,
                "prescriptions lose their dosage unit", Map.of(unversioned, "5.2.9")));

        assertThat(rolledBack.status()).isEqualTo(ReleaseStatus.ROLLED_BACK);
        assertThat(desk.versionOf(ward)).contains("5.3.1");
        assertThat(desk.versionOf(unversioned)).contains("5.2.9");
        assertThat(desk.cmdbNotes(ward)).containsExactly(
                "RM001: REL-2026-000001 (HIS 5.3.2) deployed 5.3.2 in stage pilot-ward",
                "RM001: REL-2026-000001 (HIS 5.3.2) deployed 5.3.2-hotfix in stage pilot-ward",
                "RM001: REL-2026-000001 (HIS 5.3.2) rolled back: 5.3.1 restored, replacing 5.3.2-hotfix");
        assertThat(desk.logTypes()).endsWith("release.rolled-back", "ci.details-changed", "ci.details-changed");
    }

    @Test
    void closingIsRefusedWhileABundledChangeIsNotImplemented() {
        CiId client = desk.hisItem("5.3.1");
        ChangeId fix = desk.change(client, ChangeAt.APPROVED);
        ReleaseView planned = desk.plan(Set.of(fix));
        desk.goThrough(planned.id(), "build", "test", "pilot-ward", "hospital-wide");
        desk.handle(new ReleaseCommand.Complete(RM, planned.id(), null));
        ReleaseDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.handle(new ReleaseCommand.Close(RM, planned.id(), null)))
                .isInstanceOfSatisfying(UnfinishedChangesException.class, refused -> {
                    assertThat(refused.changes()).containsExactly(fix);
                    assertThat(refused.getMessage()).contains(desk.numberOf(fix));
                });
        assertThat(desk.picture()).isEqualTo(before);
    }

    // ---- authority and versions -------------------------------------------------------------------

    @Test
    void onlyTheReleaseManagerPlansDecidesAndDeploysAndOthersAreToldNoReleaseExists() {
        CiId client = desk.hisItem("5.3.1");
        ReleaseView planned = desk.plan(Set.of(desk.change(client, ChangeAt.APPROVED)));
        desk.goThrough(planned.id(), "build");
        ReleaseDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.desk.releases.releases().plan(PlanRelease.onDefaultStages(
                DemoHospital.ENGINEER_LIU, "HIS 5.3.3", "next", RM.staffId(), Set.of())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> desk.handle(new ReleaseCommand.Deploy(DemoHospital.DIRECTOR_GAO, planned.id(),
                null, "build", "5.3.2", Set.of(client)))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> desk.handle(new ReleaseCommand.Go(ReleaseDesk.CHANGE_MANAGER_LIN, planned.id(),
                null, "test", "fine"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> desk.handle(new ReleaseCommand.Deploy(DemoHospital.CONFIG_MANAGER_QIAN,
                planned.id(), null, "build", "5.3.2", Set.of(client)))).isInstanceOf(ReleaseNotFoundException.class);
        assertThatThrownBy(() -> desk.handle(new ReleaseCommand.Cancel(DemoHospital.NURSE_WANG, planned.id(), null,
                "why not"))).isInstanceOf(ReleaseNotFoundException.class);
        assertThat(desk.picture()).isEqualTo(before);
    }

    @Test
    void aCommandOnAStaleVersionIsAVersionConflictAndChangesNothing() {
        CiId client = desk.hisItem("5.3.1");
        ReleaseView planned = desk.plan(Set.of(desk.change(client, ChangeAt.APPROVED)));
        desk.handle(new ReleaseCommand.Start(RM, planned.id(), planned.version()));
        ReleaseDesk.Picture before = desk.picture();

        assertThatThrownBy(() -> desk.handle(new ReleaseCommand.Cancel(RM, planned.id(), planned.version(),
                "on a stale page"))).isInstanceOfSatisfying(VersionConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo("release.version-conflict"));
        assertThat(desk.picture()).isEqualTo(before);
    }

    @Test
    void anUnknownReleaseIsNotFound() {
        assertThatThrownBy(() -> desk.handle(new ReleaseCommand.Start(RM, desk.desk.releaseStore.nextId(), null)))
                .isInstanceOfSatisfying(ReleaseNotFoundException.class,
                        missing -> assertThat(missing.code()).isEqualTo("release.not-found"));
    }
}
