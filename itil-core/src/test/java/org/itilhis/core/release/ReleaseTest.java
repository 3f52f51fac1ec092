package org.itilhis.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.release.ReleaseFixture.BILLING_REPORT;
import static org.itilhis.core.release.ReleaseFixture.BUILD_118;
import static org.itilhis.core.release.ReleaseFixture.BUILD_SERVER;
import static org.itilhis.core.release.ReleaseFixture.DIRECTOR_SUN;
import static org.itilhis.core.release.ReleaseFixture.ENGINEER_LIU;
import static org.itilhis.core.release.ReleaseFixture.HIS_5_3_2;
import static org.itilhis.core.release.ReleaseFixture.HIS_APP_SERVER;
import static org.itilhis.core.release.ReleaseFixture.MANAGER_WANG;
import static org.itilhis.core.release.ReleaseFixture.PACS_VIEWER;
import static org.itilhis.core.release.ReleaseFixture.PRESCRIPTION_FIX;
import static org.itilhis.core.release.ReleaseFixture.PREVIOUS;
import static org.itilhis.core.release.ReleaseFixture.TEST_SERVER;
import static org.itilhis.core.release.ReleaseFixture.WARD_5_CLIENTS;
import static org.itilhis.core.release.ReleaseFixture.all;
import static org.itilhis.core.release.ReleaseFixture.standing;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.release.ReleaseEvent.Closed;
import org.itilhis.core.release.ReleaseEvent.Deployed;
import org.itilhis.core.release.ReleaseEvent.Planned;
import org.itilhis.core.release.ReleaseEvent.RolledBack;
import org.itilhis.core.workflow.GuardFailedException;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.core.workflow.MissingRequiredFieldException;
import org.junit.jupiter.api.Test;

class ReleaseTest {
    private final ReleaseFixture fixture = new ReleaseFixture();

    @Test
    void aPlannedReleaseIsPlannedAtVersionOneWithItsVersionStagesAndChanges() {
        Release release = fixture.planned();

        assertThat(release.status()).isEqualTo(ReleaseStatus.PLANNED);
        assertThat(release.version()).isEqualTo(1);
        assertThat(release.number().toString()).isEqualTo("REL-2026-000001");
        assertThat(release.releaseVersion()).isEqualTo(HIS_5_3_2);
        assertThat(release.manager()).isEqualTo(MANAGER_WANG);
        assertThat(release.stages().names()).containsExactly("build", "test", "pilot-ward", "hospital-wide");
        assertThat(release.stages().hospitalWideStage().name()).isEqualTo("hospital-wide");
        assertThat(release.changes()).containsExactly(PRESCRIPTION_FIX, BILLING_REPORT);
        assertThat(release.nextStage()).map(Stage::name).contains("build");
        assertThat(release.pullEvents()).singleElement().isInstanceOf(Planned.class)
                .extracting(e -> e.type()).isEqualTo("release.planned");
    }

    @Test
    void changesAreBundledAndUnbundledWhilePlanningAndBundlingTwiceRecordsNothing() {
        Release release = fixture.in(ReleaseStatus.PLANNED);

        assertThat(release.bundleChange(PACS_VIEWER, MANAGER_WANG, fixture.tick())).isTrue();
        assertThat(release.bundleChange(PACS_VIEWER, MANAGER_WANG, fixture.tick())).isFalse();
        assertThat(release.unbundleChange(BILLING_REPORT, MANAGER_WANG, fixture.tick())).isTrue();
        assertThat(release.unbundleChange(BILLING_REPORT, MANAGER_WANG, fixture.tick())).isFalse();

        assertThat(release.changes()).containsExactly(PRESCRIPTION_FIX, PACS_VIEWER);
        assertThat(release.pullEvents()).extracting(ReleaseEvent::type)
                .containsExactly("release.change-bundled", "release.change-unbundled");
    }

    @Test
    void startingWithNoChangeBundledIsRefusedSayingWhyInBothLanguages() {
        Release release = fixture.in(ReleaseStatus.PLANNED);
        release.unbundleChange(PRESCRIPTION_FIX, MANAGER_WANG, fixture.tick());
        release.unbundleChange(BILLING_REPORT, MANAGER_WANG, fixture.tick());
        release.pullEvents();

        assertThatThrownBy(() -> release.start(MANAGER_WANG, fixture.tick()))
                .isInstanceOfSatisfying(GuardFailedException.class, e -> {
                    assertThat(e.guard()).isEqualTo("changes-bundled");
                    assertThat(e.getMessage()).isEqualTo(
                            "release: cannot start: no change is bundled yet; bundle the approved changes first");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("发布", "尚未捆绑任何变更");
                });
        assertThat(release.status()).isEqualTo(ReleaseStatus.PLANNED);
        assertThat(release.pendingEvents()).isEmpty();
    }

    @Test
    void theBundleIsFrozenOnceTheReleaseStarts() {
        Release release = fixture.in(ReleaseStatus.IN_PROGRESS);

        assertThatThrownBy(() -> release.bundleChange(PACS_VIEWER, MANAGER_WANG, fixture.tick()))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowedActions()).doesNotContain("BUNDLE_CHANGE").contains("GO", "DEPLOY"));
    }

    @Test
    void aStageIsEnteredOnlyAfterThePreviousStageHasItsGo() {
        Release release = fixture.in(ReleaseStatus.IN_PROGRESS);

        assertThatThrownBy(() -> release.go("pilot-ward", "looks fine", DIRECTOR_SUN, fixture.tick()))
                .isInstanceOfSatisfying(StageOutOfOrderException.class, e -> {
                    assertThat(e.nextStage()).isEqualTo("test");
                    assertThat(e.getMessage()).isEqualTo("Release REL-2026-000001: stage pilot-ward cannot be decided "
                            + "yet; the next stage to decide is test");
                });
        assertThat(release.enteredStages()).containsExactly("build");
        assertThat(release.pendingEvents()).isEmpty();
    }

    @Test
    void aSecondDecisionOnAStageIsRefusedNamingWhoTookTheFirst() {
        Release release = fixture.in(ReleaseStatus.IN_PROGRESS);

        assertThatThrownBy(() -> release.go("build", "again", ENGINEER_LIU, fixture.tick()))
                .isInstanceOf(StageAlreadyDecidedException.class)
                .hasMessageContaining("stage build was already decided by RM0001");
        assertThatThrownBy(() -> release.noGo("build", "changed my mind", ENGINEER_LIU, fixture.tick()))
                .isInstanceOf(StageAlreadyDecidedException.class);
        assertThat(release.decisions()).singleElement().extracting(StageDecision::by).isEqualTo(MANAGER_WANG);
    }

    @Test
    void anUnknownStageIsRefusedListingTheStagesOfTheRelease() {
        Release release = fixture.in(ReleaseStatus.IN_PROGRESS);

        assertThatThrownBy(() -> release.go("night-shift", "quiet hours", MANAGER_WANG, fixture.tick()))
                .isInstanceOf(UnknownStageException.class)
                .hasMessage("Release REL-2026-000001 has no stage night-shift; its stages are build, test, "
                        + "pilot-ward, hospital-wide");
    }

    @Test
    void aDecisionWithoutAStageOrAReasonIsRefusedAsAMissingField() {
        Release release = fixture.in(ReleaseStatus.IN_PROGRESS);

        assertThatThrownBy(() -> release.go(" ", "build green", MANAGER_WANG, fixture.tick()))
                .isInstanceOfSatisfying(MissingRequiredFieldException.class,
                        e -> assertThat(e.field()).isEqualTo(ReleaseWorkflows.STAGE));
        assertThatThrownBy(() -> release.noGo("test", null, MANAGER_WANG, fixture.tick()))
                .isInstanceOfSatisfying(MissingRequiredFieldException.class,
                        e -> assertThat(e.field()).isEqualTo(ReleaseWorkflows.REASON));
    }

    @Test
    void deployingToAStageWithoutItsGoIsRefusedNamingTheStagesEntered() {
        Release release = fixture.in(ReleaseStatus.IN_PROGRESS);

        assertThatThrownBy(() -> release.deploy(WARD_5_CLIENTS, "pilot-ward", BUILD_118, Optional.of(PREVIOUS),
                ENGINEER_LIU, fixture.tick()))
                .isInstanceOf(StageNotEnteredException.class)
                .hasMessage("Release REL-2026-000001: cannot deploy to stage pilot-ward, which has no go yet; "
                        + "stages entered: build");
        assertThat(release.deployments()).extracting(Deployment::ci).containsExactly(BUILD_SERVER);
    }

    @Test
    void deployingWithoutAVersionIsRefusedAsAMissingField() {
        Release release = fixture.in(ReleaseStatus.IN_PROGRESS);

        assertThatThrownBy(() -> release.deploy(BUILD_SERVER, "build", null, Optional.empty(), ENGINEER_LIU,
                fixture.tick()))
                .isInstanceOfSatisfying(MissingRequiredFieldException.class,
                        e -> assertThat(e.field()).isEqualTo(ReleaseWorkflows.DEPLOYED_VERSION));
    }

    @Test
    void aDeploymentCarriesWhatTheCmdbNeedsToRecordWhichReleaseChangedTheItem() {
        Release release = fixture.in(ReleaseStatus.IN_PROGRESS);

        release.deploy(BUILD_SERVER, "build", SoftwareVersion.of("5.3.2-build.119"), Optional.of(BUILD_118),
                ENGINEER_LIU, fixture.tick());

        assertThat(release.pullEvents()).singleElement().isInstanceOfSatisfying(Deployed.class, e -> {
            assertThat(e.type()).isEqualTo("release.deployed");
            assertThat(e.ci()).isEqualTo(BUILD_SERVER);
            assertThat(e.version()).isEqualTo(SoftwareVersion.of("5.3.2-build.119"));
            assertThat(e.previousVersion()).contains(BUILD_118);
            assertThat(e.number()).isEqualTo(release.number());
            assertThat(e.stage()).isEqualTo("build");
            assertThat(e.actor()).isEqualTo(ENGINEER_LIU);
        });
    }

    @Test
    void theHospitalWideGoIsRefusedWhileABundledChangeIsNotApprovedNamingIt() {
        Release release = throughPilotWard();

        assertThatThrownBy(() -> release.go("hospital-wide", "pilot went well",
                List.of(standing(PRESCRIPTION_FIX, ChangeStanding.APPROVED),
                        standing(BILLING_REPORT, ChangeStanding.NOT_APPROVED)), DIRECTOR_SUN, fixture.tick()))
                .isInstanceOfSatisfying(UnapprovedChangesException.class, e -> {
                    assertThat(e.changes()).containsExactly(BILLING_REPORT);
                    assertThat(e.getMessage()).isEqualTo("Release REL-2026-000001 cannot go hospital-wide (stage "
                            + "hospital-wide): these bundled changes are not approved: CHG-2026-000012");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("CHG-2026-000012", "尚未批准");
                });
        assertThat(release.isHospitalWide()).isFalse();
        assertThat(release.pendingEvents()).isEmpty();
    }

    @Test
    void aFailedOrWithdrawnChangeKeepsTheReleaseFromTheWholeHospitalToo() {
        Release release = throughPilotWard();

        assertThatThrownBy(() -> release.go("hospital-wide", "pilot went well",
                List.of(standing(PRESCRIPTION_FIX, ChangeStanding.FAILED),
                        standing(BILLING_REPORT, ChangeStanding.WITHDRAWN)), DIRECTOR_SUN, fixture.tick()))
                .isInstanceOfSatisfying(UnapprovedChangesException.class,
                        e -> assertThat(e.changes()).containsExactly(PRESCRIPTION_FIX, BILLING_REPORT));
    }

    @Test
    void theHospitalWideGoNeedsTheStandingOfEveryBundledChange() {
        Release release = throughPilotWard();

        assertThatThrownBy(() -> release.go("hospital-wide", "pilot went well", DIRECTOR_SUN, fixture.tick()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no standing given");
        assertThat(release.pendingEvents()).isEmpty();
    }

    @Test
    void aStageFlaggedHospitalWideBeforeTheLastIsTheOneThatChecksTheChanges() {
        Release release = Release.plan(new ReleaseId(new UUID(1, 99)), ReleaseNumber.of(2026, 99),
                HIS_5_3_2, "with a week of hypercare", MANAGER_WANG,
                StagePlan.of(List.of(Stage.of("test"), Stage.hospitalWide("all-wards"), Stage.of("hypercare"))),
                List.of(PRESCRIPTION_FIX), MANAGER_WANG, fixture.tick());
        release.start(MANAGER_WANG, fixture.tick());
        release.go("test", "passed", MANAGER_WANG, fixture.tick());

        assertThatThrownBy(() -> release.go("all-wards", "go", all(release, ChangeStanding.NOT_APPROVED),
                DIRECTOR_SUN, fixture.tick())).isInstanceOf(UnapprovedChangesException.class);
        release.go("all-wards", "go", all(release, ChangeStanding.IMPLEMENTED), DIRECTOR_SUN, fixture.tick());
        release.go("hypercare", "no incidents for a week", DIRECTOR_SUN, fixture.tick());
        release.complete(MANAGER_WANG, fixture.tick());

        assertThat(release.status()).isEqualTo(ReleaseStatus.DEPLOYED);
        assertThat(release.isHospitalWide()).isTrue();
    }

    @Test
    void aNoGoHaltsTheReleaseAndNothingMoreIsDeployed() {
        Release release = fixture.in(ReleaseStatus.HALTED);

        assertThat(release.decisions()).last().extracting(StageDecision::verdict).isEqualTo(StageVerdict.NO_GO);
        assertThatThrownBy(() -> release.deploy(TEST_SERVER, "build", BUILD_118, Optional.empty(), ENGINEER_LIU,
                fixture.tick()))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowedActions()).containsExactly("ROLL_BACK", "CANCEL"));
    }

    @Test
    void theReleaseIsDeployedOnlyWhenEveryStageHasItsGo() {
        Release release = fixture.in(ReleaseStatus.IN_PROGRESS);

        assertThatThrownBy(() -> release.complete(MANAGER_WANG, fixture.tick()))
                .isInstanceOfSatisfying(GuardFailedException.class,
                        e -> assertThat(e.guard()).isEqualTo("every-stage-entered"));
    }

    @Test
    void aRollbackRestoresTheVersionEachItemHadBeforeTheRelease() {
        Release release = fixture.in(ReleaseStatus.IN_PROGRESS);
        SoftwareVersion build119 = SoftwareVersion.of("5.3.2-build.119");
        release.deploy(BUILD_SERVER, "build", build119, Optional.of(BUILD_118), ENGINEER_LIU, fixture.tick());
        release.go("test", "build green", MANAGER_WANG, fixture.tick());
        release.deploy(TEST_SERVER, "test", build119, Optional.of(PREVIOUS), ENGINEER_LIU, fixture.tick());
        release.pullEvents();

        release.rollBack("the test server cannot print prescriptions", DIRECTOR_SUN, fixture.tick());

        assertThat(release.status()).isEqualTo(ReleaseStatus.ROLLED_BACK);
        ImmutableList<Restoration> restored = ImmutableList.of(new Restoration(BUILD_SERVER, PREVIOUS, build119),
                new Restoration(TEST_SERVER, PREVIOUS, build119));
        assertThat(release.rollback()).get().extracting(Rollback::restorations).isEqualTo(restored);
        assertThat(release.pullEvents()).singleElement().isInstanceOfSatisfying(RolledBack.class, e -> {
            assertThat(e.number()).isEqualTo(release.number());
            assertThat(e.changes()).containsExactly(PRESCRIPTION_FIX, BILLING_REPORT);
            assertThat(e.restorations()).isEqualTo(restored);
            assertThat(e.reason()).isEqualTo("the test server cannot print prescriptions");
        });
    }

    @Test
    void aDeployedReleaseIsRolledBackWholeAfterItWentHospitalWide() {
        Release release = fixture.in(ReleaseStatus.DEPLOYED);

        release.rollBack("prescriptions lose their dosage unit", DIRECTOR_SUN, fixture.tick());

        assertThat(release.rollback().orElseThrow().restorations()).extracting(Restoration::ci)
                .containsExactly(BUILD_SERVER, TEST_SERVER, WARD_5_CLIENTS, HIS_APP_SERVER);
    }

    @Test
    void aRollbackIsGivenTheVersionOfItemsWhosePreviousVersionWasNotRecorded() {
        Release release = fixture.in(ReleaseStatus.IN_PROGRESS);
        release.deploy(TEST_SERVER, "build", BUILD_118, Optional.empty(), ENGINEER_LIU, fixture.tick());
        release.pullEvents();

        assertThatThrownBy(() -> release.rollBack("build broken", MANAGER_WANG, fixture.tick()))
                .isInstanceOfSatisfying(RestoreVersionUnknownException.class,
                        e -> assertThat(e.items()).containsExactly(TEST_SERVER));
        assertThatThrownBy(() -> release.rollBack("build broken", Map.of(BUILD_SERVER, PREVIOUS), MANAGER_WANG,
                fixture.tick())).isInstanceOf(RestoreVersionNotNeededException.class);
        assertThat(release.pendingEvents()).isEmpty();

        release.rollBack("build broken", Map.of(TEST_SERVER, SoftwareVersion.of("5.2.9")), MANAGER_WANG,
                fixture.tick());

        assertThat(release.rollback().orElseThrow().restorations()).containsExactly(
                new Restoration(BUILD_SERVER, PREVIOUS, BUILD_118),
                new Restoration(TEST_SERVER, SoftwareVersion.of("5.2.9"), BUILD_118));
    }

    @Test
    void nothingIsDeployedAfterARollback() {
        Release release = fixture.in(ReleaseStatus.ROLLED_BACK);

        assertThatThrownBy(() -> release.deploy(HIS_APP_SERVER, "hospital-wide", BUILD_118, Optional.empty(),
                ENGINEER_LIU, fixture.tick()))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.allowedActions()).isEmpty();
                    assertThat(e.getMessage()).isEqualTo(
                            "release: cannot record a deployment while rolled back; allowed now: -");
                });
    }

    @Test
    void aReleaseThatDeployedIsRolledBackNotCancelledAndOneThatDidNotIsCancelledNotRolledBack() {
        Release halted = fixture.in(ReleaseStatus.HALTED);
        assertThatThrownBy(() -> halted.cancel("pilot failed", MANAGER_WANG, fixture.tick()))
                .isInstanceOfSatisfying(GuardFailedException.class,
                        e -> assertThat(e.guard()).isEqualTo("nothing-deployed"));

        Release planned = fixture.in(ReleaseStatus.PLANNED);
        planned.start(MANAGER_WANG, fixture.tick());
        assertThatThrownBy(() -> planned.rollBack("never mind", MANAGER_WANG, fixture.tick()))
                .isInstanceOfSatisfying(GuardFailedException.class,
                        e -> assertThat(e.guard()).isEqualTo("something-deployed"));
        planned.cancel("never mind", MANAGER_WANG, fixture.tick());
        assertThat(planned.status()).isEqualTo(ReleaseStatus.CANCELLED);
    }

    @Test
    void closingIsRefusedWhileABundledChangeIsNotFinishedNamingIt() {
        Release release = fixture.in(ReleaseStatus.DEPLOYED);

        assertThatThrownBy(() -> release.close(List.of(standing(PRESCRIPTION_FIX, ChangeStanding.CLOSED),
                standing(BILLING_REPORT, ChangeStanding.APPROVED)), MANAGER_WANG, fixture.tick()))
                .isInstanceOfSatisfying(UnfinishedChangesException.class, e -> {
                    assertThat(e.changes()).containsExactly(BILLING_REPORT);
                    assertThat(e.getMessage()).endsWith("neither implemented nor closed: CHG-2026-000012");
                });
        assertThat(release.status()).isEqualTo(ReleaseStatus.DEPLOYED);
    }

    @Test
    void closingNamesTheImplementedChangesForTheServiceToCloseWithTheRelease() {
        Release release = fixture.in(ReleaseStatus.DEPLOYED);

        release.close(List.of(standing(PRESCRIPTION_FIX, ChangeStanding.CLOSED),
                standing(BILLING_REPORT, ChangeStanding.IMPLEMENTED)), MANAGER_WANG, fixture.tick());

        assertThat(release.status()).isEqualTo(ReleaseStatus.CLOSED);
        assertThat(release.pullEvents()).singleElement().isInstanceOfSatisfying(Closed.class,
                e -> assertThat(e.changesToClose()).containsExactly(BILLING_REPORT));
    }

    @Test
    void theHistoryReplaysAndTheSnapshotRestoresToTheSameRelease() {
        Release release = fixture.planned();
        List<ReleaseEvent> history = new ArrayList<>(release.pullEvents());
        fixture.deployed(release);
        history.addAll(release.pullEvents());

        assertThat(release.version()).isEqualTo(history.size());
        assertThat(Release.replay(history).snapshot()).isEqualTo(release.snapshot());
        assertThat(Release.restore(release.snapshot()).snapshot()).isEqualTo(release.snapshot());
    }

    @Test
    void aSnapshotWithADeploymentToAStageNotEnteredIsNotRestored() {
        ReleaseSnapshot s = fixture.in(ReleaseStatus.IN_PROGRESS).snapshot();
        ReleaseSnapshot broken = new ReleaseSnapshot(s.id(), s.number(), s.releaseVersion(), s.summary(), s.manager(),
                s.stages(), s.status(), s.changes(), s.decisions(), ImmutableList.of(new Deployment(HIS_APP_SERVER,
                "hospital-wide", BUILD_118, Optional.empty(), ENGINEER_LIU, s.updatedAt())), s.rollback(),
                s.plannedAt(), s.updatedAt(), s.version());

        assertThatThrownBy(() -> Release.restore(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hospital-wide, not entered");
    }

    private Release throughPilotWard() {
        Release release = fixture.in(ReleaseStatus.IN_PROGRESS);
        release.go("test", "build green", MANAGER_WANG, fixture.tick());
        release.go("pilot-ward", "tests passed", DIRECTOR_SUN, fixture.tick());
        release.pullEvents();
        return release;
    }
}
