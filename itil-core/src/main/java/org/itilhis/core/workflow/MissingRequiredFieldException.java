package org.itilhis.core.workflow;

import java.util.Locale;

/** The action requires a field the command did not give (a resolution note, say). */
public final class MissingRequiredFieldException extends WorkflowException {
    private final String field;

    public MissingRequiredFieldException(String workflow, Enum<?> action, String field) {
        super("workflow.missing-field", workflow, workflow, action.name().toLowerCase(Locale.ROOT), field);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
