package org.itilhis.core.change.schedule;

import org.itilhis.core.shared.DomainException;

/** A change window applies to configuration items or services; one attached to none protects nothing. */
public final class ChangeWindowWithoutItemsException extends DomainException {
    public ChangeWindowWithoutItemsException(String name) {
        super("change-window.no-items", name);
    }
}
