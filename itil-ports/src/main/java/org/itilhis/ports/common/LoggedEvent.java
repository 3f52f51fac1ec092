package org.itilhis.ports.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.shared.DomainEvent;

/** An event with its position in the log (strictly increasing in append order). */
public record LoggedEvent(long position, DomainEvent event) {
    public LoggedEvent {
        checkArgument(position > 0, "position %s must be positive", position);
        checkNotNull(event, "event");
    }
}
