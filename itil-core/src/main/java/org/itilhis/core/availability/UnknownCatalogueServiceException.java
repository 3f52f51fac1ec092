package org.itilhis.core.availability;

import org.itilhis.core.shared.DomainException;

/** A target names a service (field {@code catalogueService}) the service catalogue does not list. */
public final class UnknownCatalogueServiceException extends DomainException {
    public UnknownCatalogueServiceException(String service) {
        super("availability.unknown-catalogue-service", service);
    }
}
