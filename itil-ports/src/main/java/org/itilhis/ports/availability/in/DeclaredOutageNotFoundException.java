package org.itilhis.ports.availability.in;

import org.itilhis.core.availability.DeclaredOutageId;
import org.itilhis.core.shared.DomainException;

/** No declared outage with this id (or none the reader may see). */
public final class DeclaredOutageNotFoundException extends DomainException {
    public DeclaredOutageNotFoundException(DeclaredOutageId id) {
        super("availability.outage-not-found", id);
    }
}
