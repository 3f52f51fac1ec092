package org.itilhis.ports.availability.in;

import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.DomainException;

/** The business service has no availability target. */
public final class ServiceTargetNotFoundException extends DomainException {
    public ServiceTargetNotFoundException(CiId service) {
        super("availability.target-not-found", service);
    }
}
