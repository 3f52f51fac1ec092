package org.itilhis.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.problem.ProblemEvent.IncidentLinked;
import org.itilhis.core.problem.ProblemEvent.IncidentUnlinked;
import org.itilhis.core.problem.ProblemEvent.WorkaroundApplied;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.workflow.Transition;

/**
 * The {@link Problem} aggregate under random sequences of every command, with valid
 * arguments or the missing and blank fields the workflow must refuse. After every step: a
 * refused command changed nothing and recorded nothing; a successful one recorded exactly one
 * event (none only for a change that changes nothing); a lifecycle step ended in the target
 * the workflow declares; the history replays to exactly the state and the snapshot restores
 * to it; the linked incidents are the links minus the unlinks of the history, and the times
 * used count its applied workarounds; a closed or cancelled problem stays so.
 */
class ProblemLifecycleProperties {
    private static final Arbitrary<StaffId> ACTORS = Arbitraries.of(ProblemFixture.MANAGER_ZHAO,
            ProblemFixture.ENGINEER_LIU, ProblemFixture.AGENT_CHEN);
    private static final Arbitrary<TicketId> INCIDENTS = Arbitraries.integers().between(1, 4)
            .map(i -> new TicketId(new UUID(9, i)));
    private static final Arbitrary<CiId> ITEMS =
            Arbitraries.integers().between(1, 3).map(i -> new CiId(new UUID(7, i)));
    private static final Arbitrary<GroupId> GROUPS = Arbitraries.of(ProblemFixture.HIS_SUPPORT, ProblemFixture.DESKTOP);

    @Property(tries = 500)
    void aProblemsHistoryExplainsItsStateAfterEveryCommand(@ForAll("problemLives") ActionChain<ProblemModel> chain) {
        ProblemModel end = chain.withInvariant("history explains state", ProblemModel::checkHistory).run();

        Statistics.label("final status").collect(end.problem.status());
        Statistics.label("final status").coverage(coverage -> {
            coverage.check(ProblemStatus.KNOWN_ERROR).count(known -> known >= 10);
            coverage.check(ProblemStatus.CLOSED).count(closed -> closed >= 5);
        });
    }

    @Provide
    ActionChainArbitrary<ProblemModel> problemLives() {
        return ActionChain.startWith(ProblemModel::new)
                .withAction(new Command())
                .withMaxTransformations(40);
    }

    /** One problem, every event it recorded, at a clock that only moves forward. */
    static final class ProblemModel {
        private final ProblemFixture fixture = new ProblemFixture();
        private final Problem problem = fixture.logged();
        private final List<ProblemEvent> history = new ArrayList<>(problem.pullEvents());

        void apply(Step step) {
            ProblemSnapshot before = problem.snapshot();
            Instant at = fixture.tick();
            try {
                step.command().apply(problem, at);
            } catch (DomainException refused) {
                Statistics.label("commands").collect("refused");
                assertThat(problem.snapshot()).as("state after the refused %s", step).isEqualTo(before);
                assertThat(problem.pendingEvents()).as("events of the refused %s", step).isEmpty();
                return;
            }
            List<ProblemEvent> recorded = problem.pullEvents();
            Statistics.label("commands").collect(recorded.isEmpty() ? "changed nothing" : "taken");
            assertThat(recorded).as("events of %s", step).hasSizeLessThanOrEqualTo(1);
            if (recorded.isEmpty()) {
                assertThat(problem.snapshot()).as("state after %s, which recorded nothing", step).isEqualTo(before);
            } else {
                assertThat(problem.version()).as("version after %s", step).isEqualTo(before.version() + 1);
            }
            step.action().ifPresent(action -> {
                Optional<Transition<ProblemStatus, ProblemAction, Problem>> declared =
                        ProblemWorkflows.PROBLEM.find(before.summary().status(), action);
                assertThat(declared).as("%s taken from %s", action, before.summary().status()).isPresent();
                assertThat(problem.status()).as("status after %s", step).isEqualTo(declared.get().to());
            });
            if (before.summary().status().isTerminal()) {
                assertThat(problem.status()).as("a %s problem after %s", before.summary().status(), step)
                        .isEqualTo(before.summary().status());
            }
            history.addAll(recorded);
        }

        void checkHistory() {
            assertThat(problem.version()).as("version against the events").isEqualTo(history.size());
            assertThat(Problem.replay(history).snapshot()).as("replayed history").isEqualTo(problem.snapshot());
            assertThat(Problem.restore(problem.snapshot()).snapshot()).as("restored snapshot")
                    .isEqualTo(problem.snapshot());
            long links = history.stream().filter(IncidentLinked.class::isInstance).count();
            long unlinks = history.stream().filter(IncidentUnlinked.class::isInstance).count();
            assertThat(problem.linkedIncidents()).as("links minus unlinks").hasSize((int) (links - unlinks));
            assertThat(problem.timesUsed()).as("applied workarounds")
                    .isEqualTo(history.stream().filter(WorkaroundApplied.class::isInstance).count());
        }

        @Override
        public String toString() {
            return problem + " v" + problem.version();
        }
    }

    /** A command on the aggregate; {@code action} is its workflow step, if it is one. */
    record Step(String description, Optional<ProblemAction> action, Operation command) {
        @Override
        public String toString() {
            return description;
        }
    }

    @FunctionalInterface
    interface Operation {
        void apply(Problem problem, Instant at);
    }

    static final class Command implements Action.Independent<ProblemModel> {
        @Override
        public Arbitrary<Transformer<ProblemModel>> transformer() {
            List<Tuple2<Integer, Arbitrary<Step>>> steps = new ArrayList<>(workflowSteps());
            steps.addAll(recordKeeping());
            return Arbitraries.frequencyOf(steps)
                    .map(step -> Transformer.mutate(step.description(), model -> model.apply(step)));
        }
    }

    /** The workflow's steps, toward closure most often, cancelling least. */
    private static List<Tuple2<Integer, Arbitrary<Step>>> workflowSteps() {
        return List.of(
                Tuple.of(4, ACTORS.map(by -> step("investigate", ProblemAction.INVESTIGATE,
                        (p, at) -> p.investigate(by, at)))),
                Tuple.of(3, Combinators.combine(text(), text(), ACTORS).as((q, a, by) -> step(
                        "addAnalysisStep '" + q + "' '" + a + "'", ProblemAction.ADD_ANALYSIS_STEP,
                        (p, at) -> p.addAnalysisStep(q, a, by, at)))),
                Tuple.of(4, Combinators.combine(Arbitraries.of(CauseCategory.class).injectNull(0.1), text(), ACTORS)
                        .as((category, statement, by) -> step("identifyRootCause " + category + " '" + statement + "'",
                                ProblemAction.IDENTIFY_ROOT_CAUSE,
                                (p, at) -> p.identifyRootCause(category, statement, by, at)))),
                Tuple.of(4, Combinators.combine(text(), ACTORS).as((w, by) -> step("recordWorkaround '" + w + "'",
                        ProblemAction.RECORD_WORKAROUND, (p, at) -> p.recordWorkaround(w, by, at)))),
                Tuple.of(4, ACTORS.map(by -> step("publishKnownError", ProblemAction.PUBLISH_KNOWN_ERROR,
                        (p, at) -> p.publishKnownError(by, at)))),
                Tuple.of(4, Combinators.combine(deskCases(), ACTORS).as((used, by) -> step("applyWorkaround " + used,
                        ProblemAction.APPLY_WORKAROUND, (p, at) -> p.applyWorkaround(used, by, at)))),
                Tuple.of(3, Combinators.combine(text(), ACTORS).as((fix, by) -> step("recordPermanentFix '" + fix + "'",
                        ProblemAction.RECORD_PERMANENT_FIX, (p, at) -> p.recordPermanentFix(fix, by, at)))),
                Tuple.of(3, Combinators.combine(text(), ACTORS).as((note, by) -> step("resolve '" + note + "'",
                        ProblemAction.RESOLVE, (p, at) -> p.resolve(note, by, at)))),
                Tuple.of(2, ACTORS.map(by -> step("close", ProblemAction.CLOSE, (p, at) -> p.close(by, at)))),
                Tuple.of(2, Combinators.combine(text(), ACTORS).as((why, by) -> step("reopen '" + why + "'",
                        ProblemAction.REOPEN, (p, at) -> p.reopen(why, by, at)))),
                Tuple.of(1, Combinators.combine(text(), ACTORS).as((why, by) -> step("cancel '" + why + "'",
                        ProblemAction.CANCEL, (p, at) -> p.cancel(why, by, at)))));
    }

    /** Links, affected items, owners and priority: not workflow steps, refused once the problem is over. */
    private static List<Tuple2<Integer, Arbitrary<Step>>> recordKeeping() {
        return List.of(
                Tuple.of(5, Combinators.combine(INCIDENTS, ACTORS).as((incident, by) -> step(
                        "linkIncident " + incident, null, (p, at) -> p.linkIncident(incident, by, at)))),
                Tuple.of(3, Combinators.combine(INCIDENTS, ACTORS).as((incident, by) -> step(
                        "unlinkIncident " + incident, null, (p, at) -> p.unlinkIncident(incident, by, at)))),
                Tuple.of(1, Combinators.combine(ITEMS, ACTORS).as((ci, by) -> step("addAffectedCi " + ci, null,
                        (p, at) -> p.addAffectedCi(ci, by, at)))),
                Tuple.of(1, Combinators.combine(ITEMS, ACTORS).as((ci, by) -> step("removeAffectedCi " + ci, null,
                        (p, at) -> p.removeAffectedCi(ci, by, at)))),
                Tuple.of(1, Combinators.combine(ACTORS, GROUPS, ACTORS).as((manager, group, by) -> step(
                        "reassign " + manager + " " + group, null, (p, at) -> p.reassign(manager, group, by, at)))),
                Tuple.of(1, ACTORS.map(by -> step("reprioritise", null,
                        (p, at) -> p.reprioritise(ProblemFixture.P2, "criticality corrected", by, at)))));
    }

    /** Text a step requires: given mostly, sometimes blank or absent (refused as a missing field). */
    private static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.strings().alpha().numeric().withChars(' ', '打', '印', '机').ofMinLength(1)
                        .ofMaxLength(40).filter(s -> !s.isBlank())),
                Tuple.of(1, Arbitraries.of("", "  ", "\t")),
                Tuple.of(1, Arbitraries.just(null)));
    }

    private static Arbitrary<DeskCase> deskCases() {
        return Arbitraries.oneOf(
                INCIDENTS.map(DeskCase::ticket),
                Arbitraries.integers().between(1, 3).map(i -> DeskCase.contact(new ContactId(new UUID(3, i)))),
                Arbitraries.just(null));
    }

    private static Step step(String description, ProblemAction action, Operation command) {
        return new Step(description, Optional.ofNullable(action), command);
    }
}
