package org.itilhis.core.workflow;

import org.itilhis.core.shared.Text;

/**
 * The action is declared from the current state, but one of its guards does not hold. The
 * message shows the guard's text {@code guard.<name>} from the message catalogue.
 */
public final class GuardFailedException extends WorkflowException {
    private final String guard;

    public GuardFailedException(String workflow, Enum<?> action, Guard<?> guard) {
        super("workflow.guard-failed", workflow, new Text("workflow." + workflow, workflow), Text.label(action),
                new Text("guard." + guard.name(), guard.description()));
        this.guard = guard.name();
    }

    /** The name of the guard that did not hold. */
    public String guard() {
        return guard;
    }
}
