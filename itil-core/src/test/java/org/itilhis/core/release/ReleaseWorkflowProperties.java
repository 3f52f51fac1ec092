package org.itilhis.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.core.release.ReleaseFixture.BUILD_118;
import static org.itilhis.core.release.ReleaseFixture.DIRECTOR_SUN;
import static org.itilhis.core.release.ReleaseFixture.ENGINEER_LIU;
import static org.itilhis.core.release.ReleaseFixture.MANAGER_WANG;
import static org.itilhis.core.release.ReleaseFixture.PACS_VIEWER;
import static org.itilhis.core.release.ReleaseFixture.PRESCRIPTION_FIX;
import static org.itilhis.core.release.ReleaseFixture.PREVIOUS;
import static org.itilhis.core.release.ReleaseFixture.TEST_SERVER;
import static org.itilhis.core.release.ReleaseFixture.all;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itilhis.core.workflow.Transition;

/**
 * Every (state, action) the release workflow declares, taken on a release brought to that
 * state with the action's guards holding and valid arguments, ends in the declared target and
 * records one event. The declaration is the only source of the new state.
 */
class ReleaseWorkflowProperties {
    private final ReleaseFixture fixture = new ReleaseFixture();

    @Property(tries = 100)
    void everyDeclaredStepEndsInItsDeclaredTarget(
            @ForAll("declaredSteps") Transition<ReleaseStatus, ReleaseAction, Release> step) {
        Release release = prepared(step.from(), step.action());
        long version = release.version();

        take(release, step.action());

        assertThat(release.status()).as("after %s from %s", step.action(), step.from()).isEqualTo(step.to());
        assertThat(release.pullEvents()).as("events of %s", step.action()).hasSize(1);
        assertThat(release.version()).isEqualTo(version + 1);
    }

    @Provide
    Arbitrary<Transition<ReleaseStatus, ReleaseAction, Release>> declaredSteps() {
        return Arbitraries.of(ReleaseWorkflows.RELEASE.transitions());
    }

    /** A release in {@code status} on which {@code action}'s guards hold; its events pulled. */
    private Release prepared(ReleaseStatus status, ReleaseAction action) {
        Release r = fixture.planned();
        switch (status) {
            case PLANNED -> { }
            case IN_PROGRESS -> {
                if (action == ReleaseAction.COMPLETE) {
                    r.start(MANAGER_WANG, fixture.tick());
                    r.stages().names().forEach(stage -> r.go(stage, "ready", all(r, ChangeStanding.APPROVED),
                            DIRECTOR_SUN, fixture.tick()));
                } else if (action == ReleaseAction.CANCEL) {
                    r.start(MANAGER_WANG, fixture.tick());
                } else {
                    fixture.building(r);
                }
            }
            case HALTED -> {
                if (action == ReleaseAction.ROLL_BACK) {
                    fixture.building(r);
                } else {
                    r.start(MANAGER_WANG, fixture.tick());
                }
                r.noGo(r.nextStage().orElseThrow().name(), "not ready", DIRECTOR_SUN, fixture.tick());
            }
            case DEPLOYED -> fixture.deployed(r);
            default -> throw new AssertionError("no step leaves " + status);
        }
        r.pullEvents();
        return r;
    }

    private void take(Release r, ReleaseAction action) {
        switch (action) {
            case BUNDLE_CHANGE -> r.bundleChange(PACS_VIEWER, MANAGER_WANG, fixture.tick());
            case UNBUNDLE_CHANGE -> r.unbundleChange(PRESCRIPTION_FIX, MANAGER_WANG, fixture.tick());
            case START -> r.start(MANAGER_WANG, fixture.tick());
            case GO -> r.go(r.nextStage().orElseThrow().name(), "ready", all(r, ChangeStanding.APPROVED),
                    DIRECTOR_SUN, fixture.tick());
            case NO_GO -> r.noGo(r.nextStage().orElseThrow().name(), "not ready", DIRECTOR_SUN, fixture.tick());
            case DEPLOY -> r.deploy(TEST_SERVER, r.enteredStages().get(0), BUILD_118, Optional.of(PREVIOUS),
                    ENGINEER_LIU, fixture.tick());
            case COMPLETE -> r.complete(MANAGER_WANG, fixture.tick());
            case ROLL_BACK -> r.rollBack("it broke", DIRECTOR_SUN, fixture.tick());
            case CLOSE -> r.close(all(r, ChangeStanding.CLOSED), MANAGER_WANG, fixture.tick());
            case CANCEL -> r.cancel("not needed", MANAGER_WANG, fixture.tick());
        }
    }
}
