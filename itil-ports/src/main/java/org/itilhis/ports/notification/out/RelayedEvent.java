package org.itilhis.ports.notification.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.shared.DomainEvent;

/**
 * An event of the log as the relay hands it to a subscriber: the event and its position in the
 * log's single order (ADR 0009).
 *
 * @param position the event's position in the log, the same for every subscriber and every node
 */
public record RelayedEvent(long position, DomainEvent event) {
    public RelayedEvent {
        checkArgument(position > 0, "position %s must be positive", position);
        checkNotNull(event, "event");
    }

    /**
     * The event's stable id, {@code evt_<position>}: the same on every delivery of the event to
     * every subscriber, so that a consumer recognises one it has seen (delivery is at least once).
     */
    public String id() {
        return "evt_" + position;
    }

    /** What the relay keeps in order: the events of one record (a ticket, a change) reach a subscriber in log order. */
    public String orderingKey() {
        return event.aggregateId();
    }
}
