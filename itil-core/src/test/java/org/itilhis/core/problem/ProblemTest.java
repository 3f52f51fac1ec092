package org.itilhis.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.core.problem.ProblemFixture.AGENT_CHEN;
import static org.itilhis.core.problem.ProblemFixture.DESKTOP;
import static org.itilhis.core.problem.ProblemFixture.ENGINEER_LIU;
import static org.itilhis.core.problem.ProblemFixture.INCIDENT_1;
import static org.itilhis.core.problem.ProblemFixture.INCIDENT_2;
import static org.itilhis.core.problem.ProblemFixture.MANAGER_ZHAO;
import static org.itilhis.core.problem.ProblemFixture.REGISTRATION_CLIENT;
import static org.itilhis.core.problem.ProblemFixture.REGISTRATION_SERVER;

import java.util.Locale;
import java.util.UUID;
import org.itilhis.core.problem.ProblemEvent.IncidentLinked;
import org.itilhis.core.problem.ProblemEvent.Logged;
import org.itilhis.core.problem.ProblemEvent.Resolved;
import org.itilhis.core.problem.ProblemEvent.WorkaroundApplied;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.workflow.GuardFailedException;
import org.itilhis.core.workflow.IllegalTransitionException;
import org.itilhis.core.workflow.MissingRequiredFieldException;
import org.junit.jupiter.api.Test;

class ProblemTest {
    private final ProblemFixture fixture = new ProblemFixture();

    @Test
    void aLoggedProblemIsLoggedAtVersionOneWithItsOwnersPriorityAndItems() {
        Problem problem = fixture.logged();

        assertThat(problem.status()).isEqualTo(ProblemStatus.LOGGED);
        assertThat(problem.version()).isEqualTo(1);
        assertThat(problem.manager()).isEqualTo(MANAGER_ZHAO);
        assertThat(problem.group()).isEqualTo(ProblemFixture.HIS_SUPPORT);
        assertThat(problem.priority()).isEqualTo(ProblemFixture.P2.priority());
        assertThat(problem.affectedCis()).containsExactly(REGISTRATION_CLIENT);
        assertThat(problem.pullEvents()).singleElement().isInstanceOf(Logged.class)
                .extracting(e -> e.type()).isEqualTo("problem.logged");
    }

    @Test
    void theRootCauseCannotBeKnownWithoutACategoryOrAStatement() {
        Problem problem = fixture.in(ProblemStatus.UNDER_INVESTIGATION);

        assertThatThrownBy(() -> problem.identifyRootCause(null, "certificates expire", ENGINEER_LIU, fixture.tick()))
                .isInstanceOfSatisfying(MissingRequiredFieldException.class,
                        e -> assertThat(e.field()).isEqualTo(ProblemWorkflows.CAUSE_CATEGORY));
        assertThatThrownBy(() -> problem.identifyRootCause(CauseCategory.CONFIGURATION, "  ", ENGINEER_LIU,
                fixture.tick()))
                .isInstanceOfSatisfying(MissingRequiredFieldException.class,
                        e -> assertThat(e.field()).isEqualTo(ProblemWorkflows.ROOT_CAUSE));
        assertThat(problem.status()).isEqualTo(ProblemStatus.UNDER_INVESTIGATION);
        assertThat(problem.pendingEvents()).isEmpty();
    }

    @Test
    void identifyingTheRootCauseRecordsItsCategoryAndStatementInTheAnalysis() {
        Problem problem = fixture.in(ProblemStatus.UNDER_INVESTIGATION);

        problem.addAnalysisStep("Why can the terminal not log in?", "The HIS refuses its certificate.", ENGINEER_LIU,
                fixture.tick());
        problem.addAnalysisStep("Why is it refused?", "It expired last night.", ENGINEER_LIU, fixture.tick());
        problem.identifyRootCause(CauseCategory.CONFIGURATION, " nobody renews the certificates ", ENGINEER_LIU,
                fixture.tick());

        assertThat(problem.status()).isEqualTo(ProblemStatus.ROOT_CAUSE_KNOWN);
        assertThat(problem.analysis().steps()).extracting(AnalysisStep::answer)
                .containsExactly("The HIS refuses its certificate.", "It expired last night.");
        assertThat(problem.analysis().rootCause())
                .contains(RootCause.of(CauseCategory.CONFIGURATION, "nobody renews the certificates"));
    }

    @Test
    void aWorkaroundOnAProblemWithoutACauseIsRefusedNamingTheAllowedSteps() {
        Problem problem = fixture.in(ProblemStatus.UNDER_INVESTIGATION);

        assertThatThrownBy(() -> problem.recordWorkaround("re-issue the certificate", ENGINEER_LIU, fixture.tick()))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.allowedActions())
                        .containsExactly("ADD_ANALYSIS_STEP", "IDENTIFY_ROOT_CAUSE", "CANCEL"));
        assertThat(problem.analysis().workaround()).isEmpty();
        assertThat(problem.pendingEvents()).isEmpty();
    }

    @Test
    void aKnownErrorCannotBePublishedWithoutAWorkaround() {
        Problem problem = fixture.in(ProblemStatus.ROOT_CAUSE_KNOWN);

        assertThatThrownBy(() -> problem.publishKnownError(MANAGER_ZHAO, fixture.tick()))
                .isInstanceOfSatisfying(GuardFailedException.class,
                        e -> assertThat(e.guard()).isEqualTo("workaround-recorded"))
                .satisfies(e -> assertThat(((GuardFailedException) e).messageIn(Locale.SIMPLIFIED_CHINESE))
                        .contains("临时解决方案"));
        assertThat(problem.status()).isEqualTo(ProblemStatus.ROOT_CAUSE_KNOWN);
    }

    @Test
    void aPublishedKnownErrorShowsItsWorkaroundToTheDeskAndOnlyThen() {
        Problem problem = fixture.in(ProblemStatus.ROOT_CAUSE_KNOWN);
        problem.recordWorkaround("re-issue the certificate from the HIS console", ENGINEER_LIU, fixture.tick());

        assertThat(problem.publishedWorkaround()).isEmpty();
        problem.publishKnownError(MANAGER_ZHAO, fixture.tick());

        assertThat(problem.status()).isEqualTo(ProblemStatus.KNOWN_ERROR);
        assertThat(problem.publishedWorkaround()).contains("re-issue the certificate from the HIS console");
    }

    @Test
    void everyUseOfTheWorkaroundIsOneEventAndCountsOnce() {
        Problem problem = fixture.in(ProblemStatus.KNOWN_ERROR);

        problem.applyWorkaround(DeskCase.contact(new ContactId(new UUID(3, 1))), AGENT_CHEN, fixture.tick());
        problem.applyWorkaround(DeskCase.ticket(INCIDENT_1), AGENT_CHEN, fixture.tick());

        assertThat(problem.timesUsed()).isEqualTo(2);
        assertThat(problem.pullEvents()).hasSize(2)
                .allSatisfy(e -> assertThat(e).isInstanceOf(WorkaroundApplied.class));
    }

    @Test
    void theWorkaroundOfAProblemThatIsNoKnownErrorCannotBeApplied() {
        Problem problem = fixture.in(ProblemStatus.ROOT_CAUSE_KNOWN);

        assertThatThrownBy(() -> problem.applyWorkaround(DeskCase.ticket(INCIDENT_1), AGENT_CHEN, fixture.tick()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(problem.timesUsed()).isZero();
    }

    @Test
    void resolvingNeedsAPermanentFix() {
        Problem problem = fixture.in(ProblemStatus.KNOWN_ERROR);

        assertThatThrownBy(() -> problem.resolve("done", MANAGER_ZHAO, fixture.tick()))
                .isInstanceOfSatisfying(GuardFailedException.class,
                        e -> assertThat(e.guard()).isEqualTo("permanent-fix-recorded"));
        assertThat(problem.status()).isEqualTo(ProblemStatus.KNOWN_ERROR);
    }

    @Test
    void aProblemWhoseCauseIsKnownIsResolvedWithoutBeingAKnownErrorWhenTheFixCameFirst() {
        Problem problem = fixture.in(ProblemStatus.ROOT_CAUSE_KNOWN);

        problem.recordPermanentFix("renew certificates automatically", ENGINEER_LIU, fixture.tick());
        problem.resolve("automatic renewal deployed", MANAGER_ZHAO, fixture.tick());

        assertThat(problem.status()).isEqualTo(ProblemStatus.RESOLVED);
        assertThat(problem.resolution()).contains("automatic renewal deployed");
    }

    @Test
    void theResolutionNamesTheIncidentsLinkedThenForTheDeskToResolve() {
        Problem problem = fixture.in(ProblemStatus.KNOWN_ERROR);
        problem.linkIncident(INCIDENT_1, MANAGER_ZHAO, fixture.tick());
        problem.linkIncident(INCIDENT_2, MANAGER_ZHAO, fixture.tick());
        problem.recordPermanentFix("renew certificates automatically", ENGINEER_LIU, fixture.tick());
        problem.pullEvents();

        problem.resolve("automatic renewal deployed", MANAGER_ZHAO, fixture.tick());

        assertThat(problem.pullEvents()).singleElement().isInstanceOfSatisfying(Resolved.class,
                e -> assertThat(e.linkedIncidents()).containsExactly(INCIDENT_1, INCIDENT_2));
    }

    @Test
    void aReopenedProblemIsInvestigatedAgainKeepingItsCauseButNotItsFix() {
        Problem problem = fixture.in(ProblemStatus.RESOLVED);

        problem.reopen("the registration terminals failed again", MANAGER_ZHAO, fixture.tick());

        assertThat(problem.status()).isEqualTo(ProblemStatus.UNDER_INVESTIGATION);
        assertThat(problem.analysis().rootCause()).isPresent();
        assertThat(problem.analysis().workaround()).isPresent();
        assertThat(problem.analysis().permanentFix()).isEmpty();
        assertThat(problem.resolution()).isEmpty();
    }

    @Test
    void aClosedProblemIsNotReopened() {
        Problem problem = fixture.in(ProblemStatus.CLOSED);

        assertThatThrownBy(() -> problem.reopen("again", MANAGER_ZHAO, fixture.tick()))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowedActions()).isEmpty());
    }

    @Test
    void everyOpenProblemCanBeCancelledWithAReason() {
        for (ProblemStatus status : ProblemStatus.values()) {
            Problem problem = fixture.in(status);
            if (status.isOpen()) {
                problem.cancel("logged twice", MANAGER_ZHAO, fixture.tick());
                assertThat(problem.status()).as("cancelled from %s", status).isEqualTo(ProblemStatus.CANCELLED);
            } else {
                assertThatThrownBy(() -> problem.cancel("logged twice", MANAGER_ZHAO, fixture.tick()))
                        .as("cancelled from %s", status).isInstanceOf(IllegalTransitionException.class);
            }
        }
    }

    @Test
    void linkingAnIncidentTwiceIsRefusedAndChangesNothing() {
        Problem problem = fixture.in(ProblemStatus.UNDER_INVESTIGATION);
        problem.linkIncident(INCIDENT_1, MANAGER_ZHAO, fixture.tick());
        ProblemSnapshot before = problem.snapshot();

        assertThatThrownBy(() -> problem.linkIncident(INCIDENT_1, AGENT_CHEN, fixture.tick()))
                .isInstanceOfSatisfying(IncidentAlreadyLinkedException.class, e -> {
                    assertThat(e.code()).isEqualTo("problem.incident-already-linked");
                    assertThat(e.getMessage()).contains(INCIDENT_1.toString(), "PRB-2026-000001");
                    assertThat(e.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("已关联");
                });
        assertThat(problem.snapshot()).isEqualTo(before);
        assertThat(problem.pullEvents()).singleElement().isInstanceOf(IncidentLinked.class);
    }

    @Test
    void anUnlinkedIncidentLeavesTheProblemAndCanBeLinkedAgain() {
        Problem problem = fixture.in(ProblemStatus.LOGGED);
        problem.linkIncident(INCIDENT_1, MANAGER_ZHAO, fixture.tick());

        problem.unlinkIncident(INCIDENT_1, MANAGER_ZHAO, fixture.tick());
        assertThat(problem.linkedIncidents()).isEmpty();
        problem.linkIncident(INCIDENT_1, MANAGER_ZHAO, fixture.tick());

        assertThat(problem.linkedIncidents()).containsExactly(INCIDENT_1);
        assertThatThrownBy(() -> problem.unlinkIncident(INCIDENT_2, MANAGER_ZHAO, fixture.tick()))
                .isInstanceOf(IncidentNotLinkedException.class);
    }

    @Test
    void nothingIsLinkedToAClosedOrCancelledProblem() {
        for (ProblemStatus status : new ProblemStatus[] {ProblemStatus.CLOSED, ProblemStatus.CANCELLED}) {
            Problem problem = fixture.in(status);

            assertThatThrownBy(() -> problem.linkIncident(INCIDENT_1, MANAGER_ZHAO, fixture.tick()))
                    .isInstanceOf(ProblemClosedException.class);
            assertThatThrownBy(() -> problem.addAffectedCi(REGISTRATION_SERVER, MANAGER_ZHAO, fixture.tick()))
                    .isInstanceOf(ProblemClosedException.class);
        }
    }

    @Test
    void anItemAlreadyAffectedOrAnOwnerAlreadyInChargeRecordsNothing() {
        Problem problem = fixture.in(ProblemStatus.LOGGED);

        assertThat(problem.addAffectedCi(REGISTRATION_CLIENT, MANAGER_ZHAO, fixture.tick())).isFalse();
        assertThat(problem.reassign(MANAGER_ZHAO, ProblemFixture.HIS_SUPPORT, MANAGER_ZHAO, fixture.tick())).isFalse();
        assertThat(problem.addAffectedCi(REGISTRATION_SERVER, MANAGER_ZHAO, fixture.tick())).isTrue();
        assertThat(problem.reassign(StaffId.of("PM0002"), DESKTOP, MANAGER_ZHAO, fixture.tick())).isTrue();

        assertThat(problem.pullEvents()).hasSize(2);
        assertThat(problem.affectedCis()).containsExactly(REGISTRATION_CLIENT, REGISTRATION_SERVER);
        assertThat(problem.group()).isEqualTo(DESKTOP);
    }

    @Test
    void theSnapshotKeepsTheInternalAnalysisApartFromThePublicSummary() {
        Problem problem = fixture.in(ProblemStatus.KNOWN_ERROR);

        ProblemSnapshot snapshot = problem.snapshot();

        assertThat(snapshot.summary().status()).isEqualTo(ProblemStatus.KNOWN_ERROR);
        assertThat(snapshot.summary().toString()).doesNotContain("certificates expire");
        assertThat(snapshot.analysis().causeCategory()).contains(CauseCategory.CONFIGURATION);
    }

    @Test
    void replayingTheEventsAndRestoringTheSnapshotGiveTheSameProblem() {
        Problem problem = fixture.logged();
        problem.investigate(ENGINEER_LIU, fixture.tick());
        problem.linkIncident(INCIDENT_1, MANAGER_ZHAO, fixture.tick());
        problem.identifyRootCause(CauseCategory.VENDOR, "the vendor's client ships one-year certificates",
                ENGINEER_LIU, fixture.tick());

        assertThat(Problem.replay(problem.pendingEvents()).snapshot()).isEqualTo(problem.snapshot());
        assertThat(Problem.restore(problem.snapshot()).snapshot()).isEqualTo(problem.snapshot());
        assertThat(problem.version()).isEqualTo(4);
    }

    @Test
    void aRecordedTimeBeforeTheLastEventIsTakenAsTheLastEventsTime() {
        Problem problem = fixture.logged();
        var loggedAt = problem.snapshot().summary().loggedAt();

        problem.investigate(ENGINEER_LIU, loggedAt.minusSeconds(30));

        assertThat(problem.pullEvents().get(1).occurredAt()).isEqualTo(loggedAt);
    }

    @Test
    void aStoredKnownErrorWithoutAWorkaroundIsNotRestored() {
        ProblemSnapshot known = fixture.in(ProblemStatus.KNOWN_ERROR).snapshot();
        RootCauseAnalysis a = known.analysis();
        ProblemSnapshot broken = new ProblemSnapshot(known.summary(),
                new RootCauseAnalysis(a.steps(), a.rootCause(), java.util.Optional.empty(), a.permanentFix()),
                known.version());

        assertThatThrownBy(() -> Problem.restore(broken)).isInstanceOf(IllegalArgumentException.class);
    }
}
