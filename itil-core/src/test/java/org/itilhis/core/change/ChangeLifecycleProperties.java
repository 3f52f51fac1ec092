package org.itilhis.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.core.change.ChangeFixture.CAB;
import static org.itilhis.core.change.ChangeFixture.ECAB;
import static org.itilhis.core.change.ChangeFixture.MANAGER_ZHAO;
import static org.itilhis.core.change.ChangeFixture.THURSDAY_NIGHT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.itilhis.core.problem.ProblemId;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.workflow.Transition;

/**
 * The {@link Change} aggregate of each model under random sequences of every command, with
 * valid arguments or the missing ones, wrong boards, outsiders' votes, overrides and late
 * approvals it must refuse. After every step: a refused command changed nothing and recorded
 * nothing; a successful one recorded one event (a deciding vote two, a repeated link none); a
 * workflow step ended in the target the workflow declares (a deciding vote in APPROVE's or
 * REJECT's); the history replays to exactly the state and the snapshot restores to it; the
 * board's decision, once taken, never changes; a change awaiting approval has an undecided
 * approval; only emergency changes carry an override; a standard change never has a board and
 * stays inside its template's windows; closed, cancelled and rejected changes stay so.
 */
class ChangeLifecycleProperties {
    private static final ApprovalPolicy POLICY = ApprovalPolicy.hospitalDefault();
    private static final Arbitrary<StaffId> VOTERS = Arbitraries.of(ChangeFixture.DIRECTOR_WANG, ChangeFixture.LEAD_SUN,
            ChangeFixture.LEAD_ZHOU, ChangeFixture.NURSE_MANAGER_LI, ChangeFixture.SECURITY_WU, MANAGER_ZHAO,
            ChangeFixture.OUTSIDER_QIAN);
    private static final PlannedWindow SATURDAY = PlannedWindow.of(Instant.parse("2026-03-07T14:00:00Z"),
            Instant.parse("2026-03-07T15:00:00Z"));

    @Property(tries = 400)
    void aChangesHistoryExplainsItsStateAfterEveryCommand(@ForAll("changeLives") ActionChain<Life> chain) {
        Life end = chain.withInvariant("history explains state", Life::checkHistory).run();

        Statistics.label("final status").collect(end.change.status());
        Statistics.label("final status").coverage(coverage -> {
            coverage.check(ChangeStatus.REJECTED).count(n -> n >= 1);
            coverage.check(ChangeStatus.CLOSED).count(n -> n >= 5);
        });
    }

    @Provide
    Arbitrary<ActionChain<Life>> changeLives() {
        return Arbitraries.of(ChangeModel.class).flatMap(model -> ActionChain.startWith(() -> new Life(model))
                .withAction(new Command())
                .withMaxTransformations(60));
    }

    /** One change, every event it recorded, at a clock that only moves forward. */
    static final class Life {
        private final ChangeFixture fixture = new ChangeFixture();
        private final Change change;
        private final List<ChangeEvent> history;
        private Optional<CabDecision> decision = Optional.empty();

        Life(ChangeModel model) {
            change = switch (model) {
                case STANDARD -> fixture.standard();
                case NORMAL -> fixture.normal();
                case EMERGENCY -> fixture.emergency();
            };
            history = new ArrayList<>(change.pullEvents());
        }

        void apply(Step step) {
            ChangeSnapshot before = change.snapshot();
            Instant at = step.late() ? fixture.lateTick() : fixture.tick();
            try {
                step.command().apply(change, at);
            } catch (DomainException refused) {
                Statistics.label("commands").collect("refused");
                assertThat(change.snapshot()).as("state after the refused %s", step).isEqualTo(before);
                assertThat(change.pendingEvents()).as("events of the refused %s", step).isEmpty();
                return;
            } catch (IllegalArgumentException wrongBoard) {
                assertThat(step.description()).startsWith("requestApproval");
                assertThat(change.snapshot()).as("state after the refused %s", step).isEqualTo(before);
                return;
            }
            List<ChangeEvent> recorded = change.pullEvents();
            Statistics.label("commands").collect(recorded.isEmpty() ? "changed nothing" : "taken");
            assertThat(recorded).as("events of %s", step).hasSizeLessThanOrEqualTo(2);
            assertThat(change.version()).as("version after %s", step).isEqualTo(before.version() + recorded.size());
            step.action().ifPresent(action -> {
                ChangeAction taken = recorded.size() == 2 && recorded.get(1) instanceof ChangeEvent.CabDecided d
                        ? (d.decision() == CabDecision.APPROVED ? ChangeAction.APPROVE : ChangeAction.REJECT) : action;
                Optional<Transition<ChangeStatus, ChangeAction, Change>> declared =
                        ChangeWorkflows.CHANGE.find(before.status(), taken);
                assertThat(declared).as("%s taken from %s", taken, before.status()).isPresent();
                assertThat(change.status()).as("status after %s", step).isEqualTo(declared.get().to());
            });
            if (before.status().isTerminal()) {
                assertThat(change.status()).as("a %s change after %s", before.status(), step).isEqualTo(before.status());
            }
            history.addAll(recorded);
        }

        void checkHistory() {
            assertThat(change.version()).as("version against the events").isEqualTo(history.size());
            assertThat(Change.replay(history).snapshot()).as("replayed history").isEqualTo(change.snapshot());
            assertThat(Change.restore(change.snapshot()).snapshot()).as("restored snapshot").isEqualTo(change.snapshot());
            if (decision.isPresent()) {
                assertThat(change.decision()).as("the board's decision").isEqualTo(decision);
            }
            decision = change.decision();
            if (change.status() == ChangeStatus.AWAITING_APPROVAL) {
                assertThat(change.approval()).hasValueSatisfying(a -> assertThat(a.isDecided()).isFalse());
            }
            if (change.conflictOverride().isPresent()) {
                assertThat(change.model()).isEqualTo(ChangeModel.EMERGENCY);
            }
            if (change.model() == ChangeModel.STANDARD) {
                assertThat(change.approval()).isEmpty();
                assertThat(change.template().orElseThrow().allows(change.window())).isTrue();
            }
        }

        @Override
        public String toString() {
            return change + " v" + change.version();
        }
    }

    /** A command on the aggregate; {@code action} is its workflow step, if it is one; {@code late} runs it after the window started. */
    record Step(String description, Optional<ChangeAction> action, boolean late, Operation command) {
        @Override
        public String toString() {
            return description + (late ? " (late)" : "");
        }
    }

    @FunctionalInterface
    interface Operation {
        void apply(Change change, Instant at);
    }

    static final class Command implements Action.Independent<Life> {
        @Override
        public Arbitrary<Transformer<Life>> transformer() {
            List<Tuple2<Integer, Arbitrary<Step>>> steps = new ArrayList<>(workflowSteps());
            steps.add(Tuple.of(3, Arbitraries.integers().between(1, 3).map(i -> step("linkProblem " + i, null,
                    (c, at) -> c.linkProblem(new ProblemId(new UUID(4, i)), MANAGER_ZHAO, at)))));
            steps.add(Tuple.of(3, Combinators.combine(Arbitraries.integers().between(1, 3),
                    Arbitraries.of(IncidentRelation.class)).as((i, relation) -> step("linkIncident " + i + " " + relation,
                    null, (c, at) -> c.linkIncident(new IncidentLink(new TicketId(new UUID(9, i)), relation),
                            MANAGER_ZHAO, at)))));
            return Arbitraries.frequencyOf(steps).flatMap(step -> Arbitraries.frequency(Tuple.of(300, false),
                            Tuple.of(1, true)).map(late -> new Step(step.description(), step.action(), late, step.command())))
                    .map(step -> Transformer.mutate(step.toString(), model -> model.apply(step)));
        }
    }

    private static List<Tuple2<Integer, Arbitrary<Step>>> workflowSteps() {
        return List.of(
                Tuple.of(2, Arbitraries.of(true, false).map(backout -> step("revisePlans backout=" + backout,
                        ChangeAction.REVISE_PLANS, (c, at) -> c.revisePlans(ChangePlans.of("do it",
                                backout ? "undo it" : null, "test it"), MANAGER_ZHAO, at)))),
                Tuple.of(12, Arbitraries.just(step("submit", ChangeAction.SUBMIT, (c, at) -> c.submit(MANAGER_ZHAO, at)))),
                Tuple.of(9, Arbitraries.just(step("submitStandard", ChangeAction.SUBMIT_STANDARD,
                        (c, at) -> c.submitStandard(MANAGER_ZHAO, at)))),
                Tuple.of(12, Arbitraries.of(Likelihood.class).injectNull(0.1).map(l -> step("assess " + l,
                        ChangeAction.ASSESS, (c, at) -> c.assess(l == null ? null : ChangeFixture.clinicalRisk(l),
                                MANAGER_ZHAO, at)))),
                Tuple.of(12, Arbitraries.of("required", "required", "required", "cab", "ecab", "manager").map(board -> step(
                        "requestApproval " + board,
                        ChangeAction.REQUEST_APPROVAL, (c, at) -> c.requestApproval(POLICY, switch (board) {
                            case "cab" -> CAB;
                            case "ecab" -> ECAB;
                            case "manager" -> ChangeAdvisoryBoard.changeManagerAlone(MANAGER_ZHAO);
                            default -> boardFor(c);
                        }, MANAGER_ZHAO, at)))),
                Tuple.of(36, Combinators.combine(VOTERS, Arbitraries.frequency(Tuple.of(9, Vote.Choice.APPROVE),
                        Tuple.of(1, Vote.Choice.REJECT))).as((voter, choice) -> step("vote " + voter + " " + choice,
                        ChangeAction.VOTE, (c, at) -> c.vote(new Vote(voter, choice, "", at), voter, at)))),
                Tuple.of(12, Combinators.combine(Arbitraries.of(THURSDAY_NIGHT, SATURDAY),
                        Arbitraries.of("", "a blackout conflict is accepted").injectNull(0.3)).as((window, override) ->
                        step("schedule " + window.start() + " override=" + override, ChangeAction.SCHEDULE,
                                (c, at) -> c.schedule(window, Optional.ofNullable(override), MANAGER_ZHAO, at)))),
                Tuple.of(9, Arbitraries.just(step("start", ChangeAction.START, (c, at) -> c.start(MANAGER_ZHAO, at)))),
                Tuple.of(6, Arbitraries.just(step("complete", ChangeAction.COMPLETE,
                        (c, at) -> c.complete(MANAGER_ZHAO, at)))),
                Tuple.of(3, Arbitraries.of(true, false).map(ran -> step("fail backoutRan=" + ran, ChangeAction.FAIL,
                        (c, at) -> c.fail("broke", ran, MANAGER_ZHAO, at)))),
                Tuple.of(3, Arbitraries.just(step("backOut", ChangeAction.BACK_OUT,
                        (c, at) -> c.backOut("tests failed", MANAGER_ZHAO, at)))),
                Tuple.of(9, Arbitraries.of(true, false).map(retro -> step("review retrospective=" + retro,
                        ChangeAction.REVIEW, (c, at) -> {
                            PostImplementationReview review = PostImplementationReview.of(true, Set.of(), "fine");
                            c.review(retro ? review.withRetrospective("it was an emergency") : review, MANAGER_ZHAO, at);
                        }))),
                Tuple.of(9, Arbitraries.just(step("close", ChangeAction.CLOSE, (c, at) -> c.close(MANAGER_ZHAO, at)))),
                Tuple.of(1, Arbitraries.of("withdrawn", " ").map(why -> step("cancel '" + why + "'", ChangeAction.CANCEL,
                        (c, at) -> c.cancel(why, MANAGER_ZHAO, at)))));
    }

    /** The board the policy asks for, when the risk is assessed; any board otherwise (the step is refused anyway). */
    private static ChangeAdvisoryBoard boardFor(Change change) {
        if (change.risk().isEmpty() || change.model() == ChangeModel.STANDARD) {
            return CAB;
        }
        return switch (change.requiredApproval(POLICY).authority()) {
            case CHANGE_MANAGER -> ChangeAdvisoryBoard.changeManagerAlone(MANAGER_ZHAO);
            case CAB -> CAB;
            case EMERGENCY_CAB -> ECAB;
        };
    }

    private static Step step(String description, ChangeAction action, Operation command) {
        return new Step(description, Optional.ofNullable(action), false, command);
    }
}
