package org.itilhis.ports.operations.in;

import org.itilhis.core.shared.DomainException;

/** No such repair, or none the actor may see (the two are not told apart, on purpose). */
public final class RepairNotFoundException extends DomainException {
    public RepairNotFoundException(Object reference) {
        super("repair.not-found", reference);
    }
}
