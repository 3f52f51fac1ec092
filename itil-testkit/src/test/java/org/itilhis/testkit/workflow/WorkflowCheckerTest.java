package org.itilhis.testkit.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.itilhis.testkit.workflow.WorkflowCheckerTest.Act.ARCHIVE;
import static org.itilhis.testkit.workflow.WorkflowCheckerTest.Act.FINISH;
import static org.itilhis.testkit.workflow.WorkflowCheckerTest.Act.PAUSE;
import static org.itilhis.testkit.workflow.WorkflowCheckerTest.Act.RESUME;
import static org.itilhis.testkit.workflow.WorkflowCheckerTest.Act.START;
import static org.itilhis.testkit.workflow.WorkflowCheckerTest.Act.WITHDRAW;
import static org.itilhis.testkit.workflow.WorkflowCheckerTest.Job.DONE;
import static org.itilhis.testkit.workflow.WorkflowCheckerTest.Job.PAUSED;
import static org.itilhis.testkit.workflow.WorkflowCheckerTest.Job.RUNNING;
import static org.itilhis.testkit.workflow.WorkflowCheckerTest.Job.WAITING;
import static org.itilhis.testkit.workflow.WorkflowCheckerTest.Job.WITHDRAWN;

import org.itilhis.core.workflow.Guard;
import org.itilhis.core.workflow.Workflow;
import org.itilhis.testkit.workflow.WorkflowReport.Rule;
import org.itilhis.testkit.workflow.WorkflowReport.Violation;
import org.junit.jupiter.api.Test;

/** Each rule of the checker, proved by letting it catch a planted bad declaration. */
class WorkflowCheckerTest {
    enum Job { WAITING, RUNNING, PAUSED, DONE, WITHDRAWN }

    enum Act { START, PAUSE, RESUME, FINISH, WITHDRAW, ARCHIVE }

    /** A guard that never holds: the checker must ignore it. */
    private static final Guard<Object> NEVER = Guard.of("never", "never holds", anything -> false);

    private static Workflow.Builder<Job, Act, Object> job() {
        return Workflow.<Job, Act, Object>builder("job", Job.class, Act.class)
                .initial(WAITING)
                .terminal(DONE, WITHDRAWN)
                .field("result", "what came out")
                .field("reason", "why");
    }

    /** A sound job workflow: every rule holds. */
    private static Workflow.Builder<Job, Act, Object> soundJob() {
        return job()
                .on(START).from(WAITING).to(RUNNING)
                .on(PAUSE).from(RUNNING).to(PAUSED)
                .on(RESUME).from(PAUSED).to(RUNNING)
                .on(FINISH).from(RUNNING).requires("result").to(DONE)
                .on(WITHDRAW).from(WAITING, RUNNING, PAUSED).requires("reason").to(WITHDRAWN)
                .on(ARCHIVE).from(WAITING).stay();
    }

    @Test
    void aSoundWorkflowHasNoViolations() {
        WorkflowReport report = WorkflowChecker.check(soundJob().build());

        assertThat(report.isSound()).isTrue();
        assertThat(report.violations()).isEmpty();
        assertThat(report.workflow()).isEqualTo("job");
        assertThat(report).hasToString("workflow job is sound");
        assertThatCode(report::assertSound).doesNotThrowAnyException();
    }

    @Test
    void aStateNoTransitionLeadsToIsUnreachable() {
        Workflow<Job, Act, Object> workflow = job()
                .on(START).from(WAITING).to(RUNNING)
                .on(RESUME).from(PAUSED).to(RUNNING)
                .on(FINISH).from(RUNNING).requires("result").to(DONE)
                .on(WITHDRAW).from(WAITING, RUNNING, PAUSED).requires("reason").to(WITHDRAWN)
                .on(PAUSE).from(PAUSED).stay()
                .on(ARCHIVE).from(WAITING).stay()
                .build();

        assertThat(WorkflowChecker.check(workflow).violations()).containsExactly(new Violation(Rule.UNREACHABLE_STATE,
                "state PAUSED", "no transitions lead here from the initial state WAITING (guards ignored)"));
    }

    @Test
    void aStateReachableOnlyFromAnUnreachableStateIsUnreachableToo() {
        Workflow<Job, Act, Object> workflow = job()
                .on(START).from(WAITING).to(RUNNING)
                .on(FINISH).from(RUNNING).requires("result").to(DONE)
                .on(WITHDRAW).from(PAUSED).requires("reason").to(WITHDRAWN)
                .on(PAUSE).from(PAUSED).stay()
                .on(RESUME).from(PAUSED).stay()
                .on(ARCHIVE).from(WAITING).stay()
                .build();

        assertThat(WorkflowChecker.check(workflow).violationsOf(Rule.UNREACHABLE_STATE))
                .extracting(Violation::where).containsExactly("state PAUSED", "state WITHDRAWN");
    }

    @Test
    void guardsAreIgnoredForReachability() {
        Workflow<Job, Act, Object> workflow = job()
                .on(START).from(WAITING).when(NEVER).to(RUNNING)
                .on(PAUSE).from(RUNNING).when(NEVER).to(PAUSED)
                .on(RESUME).from(PAUSED).to(RUNNING)
                .on(FINISH).from(RUNNING).requires("result").to(DONE)
                .on(WITHDRAW).from(WAITING).requires("reason").to(WITHDRAWN)
                .on(ARCHIVE).from(WAITING).stay()
                .build();

        assertThat(WorkflowChecker.check(workflow).isSound()).isTrue();
    }

    @Test
    void aLoopWithNoWayOutNeverReachesATerminalState() {
        Workflow<Job, Act, Object> workflow = job()
                .on(START).from(WAITING).to(RUNNING)
                .on(PAUSE).from(RUNNING).to(PAUSED)
                .on(RESUME).from(PAUSED).to(RUNNING)
                .on(FINISH).from(WAITING).requires("result").to(DONE)
                .on(WITHDRAW).from(WAITING).requires("reason").to(WITHDRAWN)
                .on(ARCHIVE).from(WAITING).stay()
                .build();

        WorkflowReport report = WorkflowChecker.check(workflow);

        assertThat(report.violations()).extracting(Violation::rule).containsOnly(Rule.NO_PATH_TO_TERMINAL);
        assertThat(report.violations()).extracting(Violation::where).containsExactly("state RUNNING", "state PAUSED");
        assertThat(report.violations().get(0).detail()).contains("[DONE, WITHDRAWN]", "stuck");
    }

    @Test
    void aStateWithoutAnyTransitionOutIsStuck() {
        Workflow<Job, Act, Object> workflow = job()
                .on(START).from(WAITING).to(RUNNING)
                .on(PAUSE).from(RUNNING).to(PAUSED)
                .on(FINISH).from(RUNNING).requires("result").to(DONE)
                .on(WITHDRAW).from(WAITING).requires("reason").to(WITHDRAWN)
                .on(RESUME).from(WAITING).stay()
                .on(ARCHIVE).from(WAITING).stay()
                .build();

        assertThat(WorkflowChecker.check(workflow).violations()).extracting(Violation::rule, Violation::where)
                .containsExactly(tuple(Rule.NO_PATH_TO_TERMINAL, "state PAUSED"));
    }

    @Test
    void aWorkflowWithoutTerminalStatesNeverEnds() {
        Workflow<Job, Act, Object> workflow = Workflow.<Job, Act, Object>builder("endless", Job.class, Act.class)
                .initial(WAITING)
                .on(START).from(WAITING).to(RUNNING)
                .on(PAUSE).from(RUNNING).to(WAITING)
                .build();

        assertThat(WorkflowChecker.check(workflow).violationsOf(Rule.NO_PATH_TO_TERMINAL)).extracting(Violation::where)
                .containsExactly("state WAITING", "state RUNNING", "state PAUSED", "state DONE", "state WITHDRAWN");
    }

    @Test
    void aTransitionOutOfATerminalStateIsReported() {
        Workflow<Job, Act, Object> workflow = soundJob()
                .on(START).from(DONE).to(RUNNING)
                .on(WITHDRAW).from(WITHDRAWN).requires("reason").stay()
                .build();

        assertThat(WorkflowChecker.check(workflow).violations()).containsExactly(
                new Violation(Rule.TERMINAL_HAS_TRANSITION, "transition DONE --start--> RUNNING",
                        "DONE is terminal, so nothing may leave it"),
                new Violation(Rule.TERMINAL_HAS_TRANSITION, "transition WITHDRAWN --withdraw--> WITHDRAWN",
                        "WITHDRAWN is terminal, so nothing may leave it"));
    }

    @Test
    void aRequiredFieldThatIsNotDeclaredIsReported() {
        Workflow<Job, Act, Object> workflow = soundJob()
                .on(PAUSE).from(PAUSED).requires("reason", "until").stay()
                .build();

        assertThat(WorkflowChecker.check(workflow).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.UNDECLARED_FIELD);
            assertThat(v.where()).isEqualTo("transition PAUSED --pause--> PAUSED");
            assertThat(v.detail()).isEqualTo("requires the field until, which is not among the declared fields "
                    + "[result, reason]");
        });
    }

    @Test
    void aDeclaredFieldNoTransitionRequiresIsReported() {
        Workflow<Job, Act, Object> workflow = soundJob().field("colour", "the job's colour").build();

        assertThat(WorkflowChecker.check(workflow).violations()).containsExactly(new Violation(Rule.UNUSED_FIELD,
                "field colour", "declared (\"the job's colour\") but required by no transition"));
    }

    @Test
    void anActionDeclaredFromNoStateIsReported() {
        Workflow<Job, Act, Object> workflow = job()
                .on(START).from(WAITING).to(RUNNING)
                .on(FINISH).from(RUNNING).requires("result").to(DONE)
                .on(WITHDRAW).from(WAITING, RUNNING, PAUSED).requires("reason").to(WITHDRAWN)
                .on(PAUSE).from(RUNNING).to(PAUSED)
                .on(RESUME).from(PAUSED).to(RUNNING)
                .build();

        assertThat(WorkflowChecker.check(workflow).violations()).containsExactly(new Violation(Rule.UNUSED_ACTION,
                "action ARCHIVE", "is declared from no state, so it can never be taken"));
    }

    @Test
    void everyViolationIsReportedNotOnlyTheFirst() {
        Workflow<Job, Act, Object> workflow = Workflow.<Job, Act, Object>builder("broken", Job.class, Act.class)
                .initial(WAITING)
                .terminal(DONE)
                .field("unused", "never required")
                .on(START).from(WAITING).requires("missing").to(RUNNING)
                .on(FINISH).from(DONE).to(RUNNING)
                .build();

        WorkflowReport report = WorkflowChecker.check(workflow);

        assertThat(report.violations()).extracting(Violation::rule).containsExactly(
                Rule.UNREACHABLE_STATE, Rule.UNREACHABLE_STATE, Rule.UNREACHABLE_STATE,
                Rule.NO_PATH_TO_TERMINAL, Rule.NO_PATH_TO_TERMINAL, Rule.NO_PATH_TO_TERMINAL, Rule.NO_PATH_TO_TERMINAL,
                Rule.TERMINAL_HAS_TRANSITION,
                Rule.UNDECLARED_FIELD,
                Rule.UNUSED_FIELD,
                Rule.UNUSED_ACTION, Rule.UNUSED_ACTION, Rule.UNUSED_ACTION, Rule.UNUSED_ACTION);
        assertThat(report.isSound()).isFalse();
    }

    @Test
    void assertSoundFailsListingEveryViolation() {
        Workflow<Job, Act, Object> workflow = soundJob()
                .field("colour", "the job's colour")
                .on(START).from(DONE).to(RUNNING)
                .build();

        assertThatThrownBy(() -> WorkflowChecker.check(workflow).assertSound())
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        workflow job is not sound (2 violations):
                          - TERMINAL_HAS_TRANSITION at transition DONE --start--> RUNNING: \
                        DONE is terminal, so nothing may leave it
                          - UNUSED_FIELD at field colour: declared ("the job's colour") but required by no transition""");
    }

    @Test
    void aSingleViolationIsCountedInTheSingular() {
        WorkflowReport report = WorkflowChecker.check(soundJob().field("colour", "c").build());

        assertThat(report.toString()).startsWith("workflow job is not sound (1 violation):");
    }

    @Test
    void everyRuleSaysWhatItRequires() {
        for (Rule rule : Rule.values()) {
            assertThat(rule.description()).isNotBlank();
        }
    }
}
