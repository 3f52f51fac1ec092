package org.itilhis.core.workflow;

import org.itilhis.core.shared.DomainException;

/** A workflow refused an action; subclasses say why. */
public abstract sealed class WorkflowException extends DomainException
        permits IllegalTransitionException, MissingRequiredFieldException, GuardFailedException {
    private final String workflow;

    protected WorkflowException(String code, String workflow, Object... arguments) {
        super(code, arguments);
        this.workflow = workflow;
    }

    /** The name of the workflow that refused, e.g. {@code incident}. */
    public String workflow() {
        return workflow;
    }
}
