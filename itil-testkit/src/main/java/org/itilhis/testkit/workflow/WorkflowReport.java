package org.itilhis.testkit.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * What {@link WorkflowChecker} found wrong with one workflow declaration: every broken
 * {@link Rule}, each naming the state, transition, field or action at fault. An empty list
 * means the declaration is sound.
 *
 * @param workflow   the name of the workflow checked, e.g. {@code incident}
 * @param violations in rule order, then in the order of the enums and of the declaration
 */
public record WorkflowReport(String workflow, ImmutableList<Violation> violations) {

    public WorkflowReport {
        checkNotNull(workflow, "workflow");
        checkNotNull(violations, "violations");
    }

    /** Whether no rule is broken. */
    public boolean isSound() {
        return violations.isEmpty();
    }

    /** The violations of one rule only. */
    public ImmutableList<Violation> violationsOf(Rule rule) {
        return violations.stream().filter(v -> v.rule() == rule).collect(ImmutableList.toImmutableList());
    }

    /**
     * Fails a test when the declaration is not sound.
     *
     * @throws AssertionError listing every violation, one a line
     */
    public void assertSound() {
        if (!isSound()) {
            throw new AssertionError(toString());
        }
    }

    /** {@code workflow incident is sound}, or the violations one a line. */
    @Override
    public String toString() {
        if (isSound()) {
            return "workflow " + workflow + " is sound";
        }
        StringBuilder out = new StringBuilder("workflow ").append(workflow).append(" is not sound (")
                .append(violations.size()).append(violations.size() == 1 ? " violation):" : " violations):");
        violations.forEach(v -> out.append("\n  - ").append(v));
        return out.toString();
    }

    /** The rules a workflow declaration must keep. */
    public enum Rule {
        /** Every state can be reached from the initial state (guards ignored). */
        UNREACHABLE_STATE("every state is reachable from the initial state"),
        /** From every non-terminal state some terminal state can be reached: no record is stuck for ever. */
        NO_PATH_TO_TERMINAL("every non-terminal state can reach a terminal state"),
        /** Terminal means final: nothing leaves a terminal state, not even a self-transition. */
        TERMINAL_HAS_TRANSITION("terminal states have no outgoing transitions"),
        /** A transition may only require fields the workflow declares in {@code fields()}. */
        UNDECLARED_FIELD("every required field is declared in fields()"),
        /** A declared field that no transition requires is dead documentation. */
        UNUSED_FIELD("every declared field is required by some transition"),
        /** An action constant declared from no state can never be taken. */
        UNUSED_ACTION("every action is declared from some state");

        private final String description;

        Rule(String description) {
            this.description = description;
        }

        /** The rule in one line of English. */
        public String description() {
            return description;
        }
    }

    /**
     * One broken rule at one place.
     *
     * @param where  the state ({@code state ON_HOLD}), transition
     *               ({@code transition CLOSED --reopen--> REOPENED}), field ({@code field colour})
     *               or action ({@code action KNOCK}) at fault
     * @param detail what exactly is wrong there
     */
    public record Violation(Rule rule, String where, String detail) {
        public Violation {
            checkNotNull(rule, "rule");
            checkNotNull(where, "where");
            checkNotNull(detail, "detail");
        }

        @Override
        public String toString() {
            return rule + " at " + where + ": " + detail;
        }
    }
}
