package org.itilhis.ports.out;

import java.util.List;
import org.itilhis.core.shared.DomainEvent;

/**
 * The append-only log of every domain event: the audit trail (who did what, when, why)
 * and the outbox from which other systems are fed. Appended in the same transaction as
 * the aggregate it belongs to; never updated or deleted.
 */
public interface EventLog {
    void append(List<? extends DomainEvent> events);

    /** The events of one aggregate, oldest first. */
    List<DomainEvent> history(String aggregateId);

    /** Events after {@code position} in log order, at most {@code limit}: for outbox relays. */
    List<LoggedEvent> readAfter(long position, int limit);
}
