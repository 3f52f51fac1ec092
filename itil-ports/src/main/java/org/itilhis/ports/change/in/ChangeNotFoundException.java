package org.itilhis.ports.change.in;

import org.itilhis.core.shared.DomainException;

/** No such change, or none the actor may see (the two are not told apart, on purpose). */
public final class ChangeNotFoundException extends DomainException {
    public ChangeNotFoundException(Object reference) {
        super("change.not-found", reference);
    }
}
