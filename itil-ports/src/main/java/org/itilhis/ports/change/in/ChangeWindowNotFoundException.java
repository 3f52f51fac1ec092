package org.itilhis.ports.change.in;

import org.itilhis.core.shared.DomainException;

/** No blackout or maintenance window with this id. */
public final class ChangeWindowNotFoundException extends DomainException {
    public ChangeWindowNotFoundException(Object reference) {
        super("change-window.not-found", reference);
    }
}
