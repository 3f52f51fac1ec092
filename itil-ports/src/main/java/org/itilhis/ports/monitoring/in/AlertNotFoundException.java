package org.itilhis.ports.monitoring.in;

import org.itilhis.core.shared.DomainException;

/** No alert is recorded at this position. */
public final class AlertNotFoundException extends DomainException {
    public AlertNotFoundException(long position) {
        super("alert.not-found", position);
    }
}
