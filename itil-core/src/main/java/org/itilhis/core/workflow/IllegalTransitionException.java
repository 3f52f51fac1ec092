package org.itilhis.core.workflow;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import org.itilhis.core.shared.Text;

/**
 * The action is not allowed in the record's current state. Carries the actions that are
 * allowed, so a caller can offer them instead.
 */
public final class IllegalTransitionException extends WorkflowException {
    private final String state;
    private final String action;
    private final ImmutableList<String> allowedActions;

    public IllegalTransitionException(String workflow, Enum<?> state, Enum<?> action, Collection<? extends Enum<?>> allowed) {
        super("workflow.illegal-transition", workflow, new Text("workflow." + workflow, workflow), Text.label(action),
                Text.label(state), allowed.stream().map(Text::label).toList());
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
}
