package org.itilhis.core.change.schedule;

import org.itilhis.core.shared.DomainException;

/** A dated change window must end after it starts. */
public final class ChangeWindowEndsBeforeStartException extends DomainException {
    public ChangeWindowEndsBeforeStartException(String name, Object start, Object end) {
        super("change-window.ends-before-start", name, start, end);
    }
}
