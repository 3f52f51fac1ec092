package org.itilhis.core.shared;

import java.time.Instant;

/**
 * Something that happened to an aggregate: every state change is one. An event says who
 * ({@link #actor()}), when ({@link #occurredAt()}) and what (its type and fields); events
 * that need a why carry a reason field. The event log is both the audit trail and the
 * outbox.
 */
public interface DomainEvent {
    /** The identity of the aggregate the event belongs to, as text. */
    String aggregateId();

    StaffId actor();

    Instant occurredAt();

    /** The stable name of the event type, e.g. {@code ticket.resolved}, for logs and outboxes. */
    String type();
}
