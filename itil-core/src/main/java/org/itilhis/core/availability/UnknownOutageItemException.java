package org.itilhis.core.availability;

import org.itilhis.core.shared.DomainException;

/** The item an outage or a target names (field {@code field}) is not a configuration item of the CMDB. */
public final class UnknownOutageItemException extends DomainException {
    public UnknownOutageItemException(String field, Object ci) {
        super("availability.unknown-ci", field, ci);
    }
}
