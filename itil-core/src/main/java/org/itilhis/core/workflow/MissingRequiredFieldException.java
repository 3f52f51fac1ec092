package org.itilhis.core.workflow;

import org.itilhis.core.shared.Text;

/** The action requires a field the command did not give (a resolution note, say). */
public final class MissingRequiredFieldException extends WorkflowException {
    private final String field;

    public MissingRequiredFieldException(String workflow, Enum<?> action, String field) {
        super("workflow.missing-field", workflow, new Text("workflow." + workflow, workflow), Text.label(action),
                new Text("field." + field, field));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
