package org.itilhis.core.workflow;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Locale;

/**
 * The action is not allowed in the record's current state. Carries the actions that are
 * allowed, so a caller can offer them instead.
 */
public final class IllegalTransitionException extends WorkflowException {
    private final String state;
    private final String action;
    private final ImmutableList<String> allowedActions;

    public IllegalTransitionException(String workflow, Enum<?> state, Enum<?> action, Collection<? extends Enum<?>> allowed) {
        super("workflow.illegal-transition", workflow, workflow, lower(action), lower(state), join(allowed));
        this.state = state.name();
        this.action = action.name();
        this.allowedActions = allowed.stream().map(Enum::name).collect(ImmutableList.toImmutableList());
    }

    public String state() {
        return state;
    }

    public String action() {
        return action;
    }

    /** The action names allowed from {@link #state()}; empty for a terminal state. */
    public ImmutableList<String> allowedActions() {
        return allowedActions;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String join(Collection<? extends Enum<?>> allowed) {
        return allowed.isEmpty() ? "-" : String.join(", ", allowed.stream().map(IllegalTransitionException::lower).toList());
    }
}
