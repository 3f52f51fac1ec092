package org.itilhis.ports.notification.in;

import org.itilhis.core.shared.DomainException;

/** The subscriber has no dead letter at that position (never had, or it was replayed or skipped). */
public final class DeadLetterNotFoundException extends DomainException {
    public DeadLetterNotFoundException(String subscriber, long position) {
        super("relay.dead-letter.not-found", subscriber, Long.toString(position));
    }
}
