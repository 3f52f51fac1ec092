package org.itilhis.core.availability;

import org.itilhis.core.shared.DomainException;

/** A withdrawn outage no longer changes: declare a new one if the item was out after all. */
public final class OutageWithdrawnException extends DomainException {
    public OutageWithdrawnException(DeclaredOutageId outage) {
        super("availability.outage-withdrawn", outage);
    }
}
