package org.itilhis.ports.notification.out;

import java.time.Duration;

/**
 * What the notification relay reports as it works, per subscriber: Micrometer meters in the
 * example ({@code relay.delivered}, {@code relay.failed}, {@code relay.dead-lettered}, {@code
 * relay.lag}, {@code relay.behind}). Called from the relay's thread; must not throw.
 */
public interface RelayMetrics {
    /** Reports nothing. */
    RelayMetrics NONE = new RelayMetrics() {
    };

    /** {@code subscriber} delivered an event (or had nothing to deliver for it) {@code lag} after it occurred. */
    default void delivered(String subscriber, Duration lag) {
    }

    /** A delivery to {@code subscriber} failed and will be retried. */
    default void failed(String subscriber) {
    }

    /** A delivery to {@code subscriber} failed too often and is now a dead letter. */
    default void deadLettered(String subscriber) {
    }

    /** {@code subscriber} is {@code events} behind the head of the log, with {@code deadLetters} dead letters. */
    default void standing(String subscriber, long events, long deadLetters) {
    }
}
