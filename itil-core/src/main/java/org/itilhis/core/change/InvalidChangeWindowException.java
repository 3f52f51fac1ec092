package org.itilhis.core.change;

import java.time.Instant;
import org.itilhis.core.shared.DomainException;

/** A change's planned window (field {@code window}) ends before it starts, or when it starts. */
public final class InvalidChangeWindowException extends DomainException {
    public InvalidChangeWindowException(Instant start, Instant end) {
        super("change.window-ends-before-start", start, end);
    }
}
