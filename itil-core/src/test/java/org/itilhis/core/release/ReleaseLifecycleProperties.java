package org.itilhis.core.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.release.ReleaseEvent.GoGiven;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.workflow.Transition;

/**
 * The {@link Release} aggregate under random sequences of every command, with valid
 * arguments or the unknown stages, blank reasons, missing versions and needless restore
 * versions it must refuse, while change management (a model "change board") moves the
 * bundled changes' standings. After every step: a refused command changed nothing and
 * recorded nothing; a successful one recorded at most one event; a lifecycle step ended in the
 * declared target; the stages entered are the first stages of the plan, in order; the
 * hospital-wide go was never given while a bundled change was not approved; every deployment
 * is in an entered stage; a rollback restored the version each item's first deployment
 * replaced; the history replays and the snapshot restores to the same release; a closed,
 * rolled back or cancelled release stays so.
 */
class ReleaseLifecycleProperties {
    private static final Arbitrary<StaffId> ACTORS = Arbitraries.of(ReleaseFixture.MANAGER_WANG,
            ReleaseFixture.ENGINEER_LIU, ReleaseFixture.DIRECTOR_SUN);
    private static final Arbitrary<ChangeId> CHANGES =
            Arbitraries.integers().between(11, 14).map(i -> new ChangeId(new UUID(4, i)));
    private static final Arbitrary<CiId> ITEMS =
            Arbitraries.integers().between(1, 4).map(i -> new CiId(new UUID(7, i)));
    private static final Arbitrary<SoftwareVersion> VERSIONS =
            Arbitraries.of("5.3.0", "5.3.1", "5.3.2-build.118", "5.3.2-build.119").map(SoftwareVersion::of);
    /** Stage picks resolved against the release when a command runs. */
    private static final String NEXT = "<next>";
    private static final String LAST_ENTERED = "<last entered>";
    private static final List<StagePlan> PLANS = List.of(StagePlan.hospitalDefault(),
            StagePlan.named("test", "hospital-wide"),
            StagePlan.of(List.of(Stage.of("test"), Stage.hospitalWide("all-wards"), Stage.of("hypercare"))));

    @Property(tries = 400)
    void aReleaseKeepsItsInvariantsAfterEveryCommand(@ForAll("releaseLives") ActionChain<ReleaseModel> chain) {
        ReleaseModel end = chain.withInvariant("release invariants", ReleaseModel::checkInvariants).run();

        Statistics.label("final status").collect(end.release.status());
        Statistics.label("final status").coverage(coverage -> {
            coverage.check(ReleaseStatus.ROLLED_BACK).count(n -> n >= 20);
        });
        Statistics.label("hospital-wide go").coverage(coverage -> {
            coverage.check("given").count(n -> n >= 10);
            coverage.check("refused: a change not approved").count(n -> n >= 10);
        });
    }

    @Provide
    Arbitrary<ActionChain<ReleaseModel>> releaseLives() {
        return Arbitraries.of(PLANS).flatMap(plan -> ActionChain.startWith(() -> new ReleaseModel(plan))
                .withAction(new Command())
                .withMaxTransformations(60));
    }

    /** One release, every event it recorded, and where change management has its changes. */
    static final class ReleaseModel {
        private final ReleaseFixture fixture = new ReleaseFixture();
        private final Release release;
        private final List<ReleaseEvent> history = new ArrayList<>();
        private final Map<ChangeId, ChangeStanding> board = new LinkedHashMap<>();

        ReleaseModel(StagePlan plan) {
            release = Release.plan(new ReleaseId(new UUID(1, 1)), ReleaseNumber.of(2026, 1), ReleaseFixture.HIS_5_3_2,
                    "random life", ReleaseFixture.MANAGER_WANG, plan, List.of(ReleaseFixture.PRESCRIPTION_FIX),
                    ReleaseFixture.MANAGER_WANG, fixture.tick());
            history.addAll(release.pullEvents());
        }

        /** What the service finds about the bundled changes: the board's standing, not approved if unknown. */
        List<BundledChange> standings() {
            return release.changes().stream().map(c -> ReleaseFixture.standing(c,
                    board.getOrDefault(c, ChangeStanding.NOT_APPROVED))).toList();
        }

        void apply(Step step) {
            ReleaseSnapshot before = release.snapshot();
            Instant at = fixture.tick();
            try {
                step.command().apply(this, at);
            } catch (DomainException refused) {
                Statistics.label("commands").collect("refused");
                if (refused instanceof UnapprovedChangesException) {
                    Statistics.label("hospital-wide go").collect("refused: a change not approved");
                }
                assertThat(release.snapshot()).as("state after the refused %s", step).isEqualTo(before);
                assertThat(release.pendingEvents()).as("events of the refused %s", step).isEmpty();
                return;
            }
            List<ReleaseEvent> recorded = release.pullEvents();
            Statistics.label("commands").collect(recorded.isEmpty() ? "changed nothing" : "taken");
            assertThat(recorded).as("events of %s", step).hasSizeLessThanOrEqualTo(1);
            if (recorded.isEmpty()) {
                assertThat(release.snapshot()).as("state after %s, which recorded nothing", step).isEqualTo(before);
            }
            step.action().filter(a -> !recorded.isEmpty()).ifPresent(action -> {
                Optional<Transition<ReleaseStatus, ReleaseAction, Release>> declared =
                        ReleaseWorkflows.RELEASE.find(before.status(), action);
                assertThat(declared).as("%s taken from %s", action, before.status()).isPresent();
                assertThat(release.status()).as("status after %s", step).isEqualTo(declared.get().to());
            });
            if (before.status().isTerminal()) {
                assertThat(release.status()).as("a %s release after %s", before.status(), step)
                        .isEqualTo(before.status());
            }
            for (ReleaseEvent event : recorded) {
                if (event instanceof GoGiven go && go.hospitalWide()) {
                    Statistics.label("hospital-wide go").collect("given");
                    assertThat(release.changes()).as("changes bundled when going hospital-wide")
                            .allSatisfy(c -> assertThat(board.get(c)).as("standing of %s", c).isNotNull()
                                    .matches(ChangeStanding::isApproved));
                }
            }
            history.addAll(recorded);
        }

        void checkInvariants() {
            StagePlan plan = release.stages();
            List<String> entered = release.enteredStages();
            assertThat(entered).as("stages entered in order").isEqualTo(plan.names().subList(0, entered.size()));
            assertThat(release.deployments()).as("deployments in entered stages")
                    .allSatisfy(d -> assertThat(entered).contains(d.stage()));
            release.rollback().ifPresent(this::checkRestorations);
            assertThat(release.version()).as("version against the events").isEqualTo(history.size());
            assertThat(Release.replay(history).snapshot()).as("replayed history").isEqualTo(release.snapshot());
            assertThat(Release.restore(release.snapshot()).snapshot()).as("restored snapshot")
                    .isEqualTo(release.snapshot());
        }

        private void checkRestorations(Rollback rollback) {
            Map<CiId, Deployment> first = new LinkedHashMap<>();
            Map<CiId, Deployment> last = new LinkedHashMap<>();
            for (Deployment d : release.deployments()) {
                first.putIfAbsent(d.ci(), d);
                last.put(d.ci(), d);
            }
            assertThat(rollback.restorations()).extracting(Restoration::ci).containsExactlyElementsOf(first.keySet());
            for (Restoration r : rollback.restorations()) {
                first.get(r.ci()).previousVersion().ifPresent(recorded ->
                        assertThat(r.restoredVersion()).as("restored on %s", r.ci()).isEqualTo(recorded));
                assertThat(r.replacedVersion()).as("replaced on %s", r.ci()).isEqualTo(last.get(r.ci()).version());
            }
        }

        @Override
        public String toString() {
            return release + " v" + release.version();
        }
    }

    /** A command; {@code action} is its workflow step, if it is one. */
    record Step(String description, Optional<ReleaseAction> action, Operation command) {
        @Override
        public String toString() {
            return description;
        }
    }

    @FunctionalInterface
    interface Operation {
        void apply(ReleaseModel model, Instant at);
    }

    static final class Command implements Action.Independent<ReleaseModel> {
        @Override
        public Arbitrary<Transformer<ReleaseModel>> transformer() {
            List<Tuple2<Integer, Arbitrary<Step>>> steps = new ArrayList<>(planning());
            steps.addAll(stagesAndDeployments());
            steps.addAll(endings());
            return Arbitraries.frequencyOf(steps)
                    .map(step -> Transformer.mutate(step.description(), model -> model.apply(step)));
        }
    }

    /** Bundling, and change management moving a change's standing (not a release command). */
    private static List<Tuple2<Integer, Arbitrary<Step>>> planning() {
        return List.of(
                Tuple.of(3, Combinators.combine(CHANGES, ACTORS).as((c, by) -> step("bundleChange " + c,
                        ReleaseAction.BUNDLE_CHANGE, (m, at) -> m.release.bundleChange(c, by, at)))),
                Tuple.of(1, Combinators.combine(CHANGES, ACTORS).as((c, by) -> step("unbundleChange " + c,
                        ReleaseAction.UNBUNDLE_CHANGE, (m, at) -> m.release.unbundleChange(c, by, at)))),
                Tuple.of(6, Combinators.combine(CHANGES, Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.just(ChangeStanding.APPROVED)),
                        Tuple.of(3, Arbitraries.of(ChangeStanding.IMPLEMENTED, ChangeStanding.CLOSED)),
                        Tuple.of(2, Arbitraries.of(ChangeStanding.NOT_APPROVED, ChangeStanding.FAILED,
                                ChangeStanding.WITHDRAWN)))).as((c, standing) -> step("board: " + c + " " + standing,
                        null, (m, at) -> m.board.put(c, standing)))),
                Tuple.of(6, ACTORS.map(by -> step("start", ReleaseAction.START, (m, at) -> m.release.start(by, at)))));
    }

    private static List<Tuple2<Integer, Arbitrary<Step>>> stagesAndDeployments() {
        return List.of(
                Tuple.of(16, Combinators.combine(stages(), text(), ACTORS).as((stage, why, by) -> step(
                        "go " + stage + " '" + why + "'", ReleaseAction.GO,
                        (m, at) -> m.release.go(resolve(stage, m.release), why, m.standings(), by, at)))),
                Tuple.of(1, Combinators.combine(stages(), text(), ACTORS).as((stage, why, by) -> step(
                        "noGo " + stage + " '" + why + "'", ReleaseAction.NO_GO,
                        (m, at) -> m.release.noGo(resolve(stage, m.release), why, by, at)))),
                Tuple.of(16, Combinators.combine(ITEMS, stages(), VERSIONS.injectNull(0.05),
                        VERSIONS.optional(0.7), ACTORS).as((ci, stage, version, previous, by) -> step(
                        "deploy " + ci + " " + stage + " " + version + " over " + previous, ReleaseAction.DEPLOY,
                        (m, at) -> m.release.deploy(ci, resolve(stage, m.release), version, previous, by, at)))),
                Tuple.of(3, ACTORS.map(by -> step("complete", ReleaseAction.COMPLETE,
                        (m, at) -> m.release.complete(by, at)))));
    }

    private static List<Tuple2<Integer, Arbitrary<Step>>> endings() {
        return List.of(
                Tuple.of(2, Combinators.combine(text(), restoreVersions(), ACTORS).as((why, given, by) -> step(
                        "rollBack '" + why + "' " + given, ReleaseAction.ROLL_BACK,
                        (m, at) -> m.release.rollBack(why, given.versionsFor(m.release), by, at)))),
                Tuple.of(4, ACTORS.map(by -> step("close", ReleaseAction.CLOSE,
                        (m, at) -> m.release.close(m.standings(), by, at)))),
                Tuple.of(1, Combinators.combine(text(), ACTORS).as((why, by) -> step("cancel '" + why + "'",
                        ReleaseAction.CANCEL, (m, at) -> m.release.cancel(why, by, at)))));
    }

    /** How a rollback's caller gives versions to restore. */
    enum RestoreVersions {
        /** None: refused when a deployment recorded no previous version. */
        NONE,
        /** One for every item whose previous version is unknown, as a careful operator would. */
        FOR_THE_UNKNOWN,
        /** One for every deployed item: refused when some previous versions are recorded. */
        FOR_EVERY_ITEM;

        Map<CiId, SoftwareVersion> versionsFor(Release release) {
            Map<CiId, SoftwareVersion> given = new LinkedHashMap<>();
            Map<CiId, Optional<SoftwareVersion>> before = new LinkedHashMap<>();
            release.deployments().forEach(d -> before.putIfAbsent(d.ci(), d.previousVersion()));
            before.forEach((ci, previous) -> {
                if (this == FOR_EVERY_ITEM || (this == FOR_THE_UNKNOWN && previous.isEmpty())) {
                    given.put(ci, SoftwareVersion.of("5.2.9"));
                }
            });
            return given;
        }
    }

    private static Arbitrary<RestoreVersions> restoreVersions() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(RestoreVersions.NONE)),
                Tuple.of(4, Arbitraries.just(RestoreVersions.FOR_THE_UNKNOWN)),
                Tuple.of(1, Arbitraries.just(RestoreVersions.FOR_EVERY_ITEM)));
    }

    /**
     * A stage: mostly the next one to decide or the last one entered (resolved against the
     * release when the command runs), sometimes any stage of the plans, one of none, or blank.
     */
    private static Arbitrary<String> stages() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(NEXT, LAST_ENTERED)),
                Tuple.of(3, Arbitraries.of("build", "test", "pilot-ward", "hospital-wide", "all-wards", "hypercare")),
                Tuple.of(1, Arbitraries.of("night-shift", " ", "")));
    }

    private static String resolve(String stage, Release release) {
        return switch (stage) {
            case NEXT -> release.nextStage().map(Stage::name).orElse("hospital-wide");
            case LAST_ENTERED -> release.enteredStages().isEmpty() ? "build"
                    : release.enteredStages().get(release.enteredStages().size() - 1);
            default -> stage;
        };
    }

    /** A reason: given mostly, sometimes blank or absent (refused as a missing field). */
    private static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.strings().alpha().numeric().withChars(' ', '发', '布').ofMinLength(1)
                        .ofMaxLength(30).filter(s -> !s.isBlank())),
                Tuple.of(1, Arbitraries.of("", "  ")),
                Tuple.of(1, Arbitraries.just(null)));
    }

    private static Step step(String description, ReleaseAction action, Operation command) {
        return new Step(description, Optional.ofNullable(action), command);
    }
}
