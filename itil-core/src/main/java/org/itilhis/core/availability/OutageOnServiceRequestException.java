package org.itilhis.core.availability;

import org.itilhis.core.shared.DomainException;

/** Outages are declared on incidents (field {@code incident}), not on service requests. */
public final class OutageOnServiceRequestException extends DomainException {
    public OutageOnServiceRequestException(Object ticket) {
        super("availability.not-an-incident", ticket);
    }
}
