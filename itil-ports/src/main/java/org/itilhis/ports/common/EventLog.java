package org.itilhis.ports.common;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The histories of several aggregates, each as {@link #history} gives it, by aggregate id (an
     * id without events maps to an empty list): for readers that measure many tickets at once.
     * This default reads them one by one; an adapter may read them in fewer round trips.
     */
    default Map<String, List<DomainEvent>> histories(Collection<String> aggregateIds) {
        Map<String, List<DomainEvent>> histories = new LinkedHashMap<>();
        aggregateIds.forEach(id -> histories.put(id, history(id)));
        return histories;
    }

    /** Events after {@code position} in log order, at most {@code limit}: for outbox relays. */
    List<LoggedEvent> readAfter(long position, int limit);

    /**
     * The position of the last event in the log's order, 0 while it is empty: a follower that
     * starts there sees every event sealed after this call (ADR 0009) and none before.
     */
    long head();
}
