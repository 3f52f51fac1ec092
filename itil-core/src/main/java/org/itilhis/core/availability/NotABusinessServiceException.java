package org.itilhis.core.availability;

import org.itilhis.core.shared.DomainException;

/** An availability target or report names an item (field {@code service}) that is not a business service of the CMDB. */
public final class NotABusinessServiceException extends DomainException {
    public NotABusinessServiceException(Object ci) {
        super("availability.not-a-business-service", ci);
    }
}
