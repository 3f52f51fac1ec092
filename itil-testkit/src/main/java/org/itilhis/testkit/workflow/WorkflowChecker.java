package org.itilhis.testkit.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.itilhis.core.workflow.Transition;
import org.itilhis.core.workflow.Workflow;
import org.itilhis.testkit.workflow.WorkflowReport.Rule;
import org.itilhis.testkit.workflow.WorkflowReport.Violation;

/**
 * Checks a {@link Workflow} declaration for structural soundness by exploring its whole
 * state graph, which is small enough (a few enum constants) to walk exhaustively:
 * <ul>
 *   <li>{@link Rule#UNREACHABLE_STATE}: every state is reachable from the initial state;</li>
 *   <li>{@link Rule#NO_PATH_TO_TERMINAL}: every non-terminal state can reach a terminal state;</li>
 *   <li>{@link Rule#TERMINAL_HAS_TRANSITION}: terminal states have no outgoing transitions;</li>
 *   <li>{@link Rule#UNDECLARED_FIELD}: every field a transition requires is declared in
 *       {@link Workflow#fields()};</li>
 *   <li>{@link Rule#UNUSED_FIELD}: every declared field is required by some transition;</li>
 *   <li>{@link Rule#UNUSED_ACTION}: every constant of the action enum is declared from some
 *       state (the action enum is known from the transitions, so a workflow with no
 *       transition at all is reported by the reachability rules instead).</li>
 * </ul>
 *
 * <p><b>Guards are ignored.</b> A guard depends on the record's facts at run time (is an
 * engineer named, is the ticket below the vendor tier), which a static walk cannot know,
 * so every transition counts as takeable. Reachability found here is therefore an upper
 * bound: a state this checker calls reachable might still be unreachable if a guard can
 * never hold. Whether guarded paths are really taken is the business of the jqwik
 * stateful properties, which drive actual aggregates.
 *
 * <pre>{@code
 * WorkflowChecker.check(TicketWorkflows.INCIDENT).assertSound();
 * }</pre>
 */
public final class WorkflowChecker {
    private WorkflowChecker() {
    }

    /** Checks every rule and reports all violations, never only the first. */
    public static WorkflowReport check(Workflow<?, ?, ?> workflow) {
        return typed(checkNotNull(workflow, "workflow"));
    }

    private static <S extends Enum<S>, A extends Enum<A>, C> WorkflowReport typed(Workflow<S, A, C> workflow) {
        ImmutableList.Builder<Violation> violations = ImmutableList.builder();
        checkReachability(workflow, violations);
        checkTermination(workflow, violations);
        checkTerminalsAreFinal(workflow, violations);
        checkRequiredFieldsAreDeclared(workflow, violations);
        checkDeclaredFieldsAreRequired(workflow, violations);
        checkActionsAreUsed(workflow, violations);
        return new WorkflowReport(workflow.name(), violations.build());
    }

    private static <S extends Enum<S>, A extends Enum<A>, C> void checkReachability(
            Workflow<S, A, C> workflow, ImmutableList.Builder<Violation> violations) {
        Set<S> reachable = reachableFromInitial(workflow);
        for (S state : workflow.states()) {
            if (!reachable.contains(state)) {
                violations.add(new Violation(Rule.UNREACHABLE_STATE, state(state),
                        "no transitions lead here from the initial state " + workflow.initial() + " (guards ignored)"));
            }
        }
    }

    private static <S extends Enum<S>, A extends Enum<A>, C> void checkTermination(
            Workflow<S, A, C> workflow, ImmutableList.Builder<Violation> violations) {
        Set<S> reachingTerminal = reachingTerminal(workflow);
        for (S state : workflow.states()) {
            if (!workflow.isTerminal(state) && !reachingTerminal.contains(state)) {
                violations.add(new Violation(Rule.NO_PATH_TO_TERMINAL, state(state),
                        "no path leads to any of the terminal states " + workflow.terminals()
                                + "; a record here is stuck for ever"));
            }
        }
    }

    private static <S extends Enum<S>, A extends Enum<A>, C> void checkTerminalsAreFinal(
            Workflow<S, A, C> workflow, ImmutableList.Builder<Violation> violations) {
        for (Transition<S, A, C> t : workflow.transitions()) {
            if (workflow.isTerminal(t.from())) {
                violations.add(new Violation(Rule.TERMINAL_HAS_TRANSITION, transition(t),
                        t.from() + " is terminal, so nothing may leave it"));
            }
        }
    }

    private static <S extends Enum<S>, A extends Enum<A>, C> void checkRequiredFieldsAreDeclared(
            Workflow<S, A, C> workflow, ImmutableList.Builder<Violation> violations) {
        for (Transition<S, A, C> t : workflow.transitions()) {
            for (String field : t.requiredFields()) {
                if (!workflow.fields().containsKey(field)) {
                    violations.add(new Violation(Rule.UNDECLARED_FIELD, transition(t), "requires the field " + field
                            + ", which is not among the declared fields " + workflow.fields().keySet()));
                }
            }
        }
    }

    private static <S extends Enum<S>, A extends Enum<A>, C> void checkDeclaredFieldsAreRequired(
            Workflow<S, A, C> workflow, ImmutableList.Builder<Violation> violations) {
        Set<String> required = workflow.transitions().stream().flatMap(t -> t.requiredFields().stream())
                .collect(Collectors.toSet());
        workflow.fields().forEach((field, description) -> {
            if (!required.contains(field)) {
                violations.add(new Violation(Rule.UNUSED_FIELD, "field " + field,
                        "declared (\"" + description + "\") but required by no transition"));
            }
        });
    }

    private static <S extends Enum<S>, A extends Enum<A>, C> void checkActionsAreUsed(
            Workflow<S, A, C> workflow, ImmutableList.Builder<Violation> violations) {
        for (A action : actionConstants(workflow)) {
            if (workflow.transitions().stream().noneMatch(t -> t.action() == action)) {
                violations.add(new Violation(Rule.UNUSED_ACTION, "action " + action,
                        "is declared from no state, so it can never be taken"));
            }
        }
    }

    /** Forward breadth-first search over every transition, guards ignored. */
    private static <S extends Enum<S>, A extends Enum<A>, C> Set<S> reachableFromInitial(Workflow<S, A, C> workflow) {
        Set<S> seen = EnumSet.of(workflow.initial());
        Deque<S> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            S state = queue.removeFirst();
            for (Transition<S, A, C> t : workflow.transitions()) {
                if (t.from() == state && seen.add(t.to())) {
                    queue.addLast(t.to());
                }
            }
        }
        return seen;
    }

    /** Backward breadth-first search from the terminal states over reversed transitions. */
    private static <S extends Enum<S>, A extends Enum<A>, C> Set<S> reachingTerminal(Workflow<S, A, C> workflow) {
        Set<S> seen = new LinkedHashSet<>(workflow.terminals());
        Deque<S> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            S state = queue.removeFirst();
            for (Transition<S, A, C> t : workflow.transitions()) {
                if (t.to() == state && seen.add(t.from())) {
                    queue.addLast(t.from());
                }
            }
        }
        return seen;
    }

    /** The constants of the action enum, known from any transition; none without transitions. */
    private static <S extends Enum<S>, A extends Enum<A>, C> ImmutableList<A> actionConstants(Workflow<S, A, C> workflow) {
        return workflow.transitions().stream().findFirst()
                .map(t -> ImmutableList.copyOf(t.action().getDeclaringClass().getEnumConstants()))
                .orElse(ImmutableList.of());
    }

    private static String state(Enum<?> state) {
        return "state " + state;
    }

    private static String transition(Transition<?, ?, ?> t) {
        return "transition " + t.from() + " --" + t.action().name().toLowerCase(Locale.ROOT) + "--> " + t.to();
    }
}
