package org.itilhis.ports.change.in;

import org.itilhis.core.shared.DomainException;

/** No change advisory board with this id. */
public final class ChangeAdvisoryBoardNotFoundException extends DomainException {
    public ChangeAdvisoryBoardNotFoundException(Object reference) {
        super("change.cab.not-found", reference);
    }
}
