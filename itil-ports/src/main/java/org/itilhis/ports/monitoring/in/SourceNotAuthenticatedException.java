package org.itilhis.ports.monitoring.in;

import org.itilhis.core.shared.DomainException;

/**
 * A delivery whose bearer token or signature did not match its source's, or from a disabled
 * source. Says nothing of which: a caller guessing tokens learns nothing. The rejection is
 * recorded.
 */
public final class SourceNotAuthenticatedException extends DomainException {
    public SourceNotAuthenticatedException(String code) {
        super("alert-source.not-authenticated", code);
    }
}
