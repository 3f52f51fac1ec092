package org.itilhis.core.availability;

import org.itilhis.core.shared.DomainException;

/** An outage is an item down or degraded (field {@code state}), never operational. */
public final class NotAnOutageStateException extends DomainException {
    public NotAnOutageStateException(Object state) {
        super("availability.not-an-outage-state", state);
    }
}
