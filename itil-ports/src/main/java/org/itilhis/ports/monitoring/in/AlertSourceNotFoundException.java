package org.itilhis.ports.monitoring.in;

import org.itilhis.core.shared.DomainException;

/** No monitoring source of this code is registered. */
public final class AlertSourceNotFoundException extends DomainException {
    public AlertSourceNotFoundException(String code) {
        super("alert-source.not-found", code);
    }
}
