package org.itilhis.ports.notification.out;

import java.util.Map;
import java.util.Optional;

/**
 * The notification relay's durable place in the event log per subscriber: the position of the
 * last event it handled for that subscriber (delivered, passed over, or queued as pending). Moved
 * only forward and only by compare-and-set, so that of two nodes handling the same subscriber
 * (one paused past its takeover) exactly one moves it on and the other stops.
 * {@code org.itilhis.testkit.contract.RelayPositionsContract} checks an implementation.
 */
public interface RelayPositions {
    /** The subscriber's position, or empty when it was never followed. */
    Optional<Long> find(String subscriber);

    /**
     * Starts following {@code subscriber} at {@code position}; false (and nothing changed) when
     * it has a position already.
     */
    boolean start(String subscriber, long position);

    /**
     * Moves the subscriber's position from {@code from} to {@code to}; false (and nothing changed)
     * when it is not at {@code from}, because someone else moved it.
     *
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    boolean advance(String subscriber, long from, long to);

    /** Every followed subscriber's position, by name in alphabetical order. */
    Map<String, Long> all();
}
