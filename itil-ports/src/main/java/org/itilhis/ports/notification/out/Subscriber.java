package org.itilhis.ports.notification.out;

/**
 * One consumer of the event log that the notification relay feeds: a channel of people's
 * notifications, a webhook subscription, or an embedder's own (a Kafka topic, the HIS
 * integration platform). The relay keeps a durable position per {@link #name() name} and gives
 * the subscriber every event after it, at least once and, for the events of one record, in log
 * order; a delivery that throws is retried with backoff and, after too many failures, kept as a
 * dead letter that holds back that record's later events until it is replayed or skipped.
 *
 * <p>An implementation:
 * <ul>
 *   <li>is idempotent on {@link RelayedEvent#id()}: an event may come again after a failure, a
 *       retry or a node failing over;</li>
 *   <li>throws a {@link RuntimeException} when a delivery failed and should be retried; returns
 *       normally when it is done with the event (delivered, or nothing to deliver);</li>
 *   <li>is called outside any transaction, and holds none open while it talks to the far end:
 *       it may read what it needs, or record what it did, in short transactions of its own
 *       (the people's notifications read the ticket; a webhook counts its failures).</li>
 * </ul>
 */
public interface Subscriber {
    /**
     * Unique among the subscribers and stable across restarts (its position and dead letters are
     * stored under it), at most 100 characters: {@code email}, {@code webhook:7f3c...}.
     */
    String name();

    /** Whether it wants {@code event} at all; an event it does not want only moves its position on. */
    boolean wants(RelayedEvent event);

    /** Delivers {@code event}, or throws to have it retried. */
    void deliver(RelayedEvent event);
}
