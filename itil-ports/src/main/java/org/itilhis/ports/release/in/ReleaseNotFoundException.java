package org.itilhis.ports.release.in;

import org.itilhis.core.shared.DomainException;

/** No such release, or none the actor may see (the two are not told apart, on purpose). */
public final class ReleaseNotFoundException extends DomainException {
    public ReleaseNotFoundException(Object reference) {
        super("release.not-found", reference);
    }
}
