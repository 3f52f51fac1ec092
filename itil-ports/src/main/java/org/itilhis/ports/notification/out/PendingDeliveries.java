package org.itilhis.ports.notification.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.notification.PendingDelivery;

/**
 * The notification relay's undelivered events per subscriber: retries waiting for their time,
 * dead letters, and events held behind them (see {@link PendingDelivery}). Keyed by subscriber
 * and position. Changes are compare-and-set on the state and attempts read before, so that a
 * node paused past its takeover cannot overwrite what the node that took over did.
 * {@code org.itilhis.testkit.contract.PendingDeliveriesContract} checks an implementation.
 */
public interface PendingDeliveries {
    /** Adds a pending delivery; false (nothing changed) when the subscriber has one at that position. */
    boolean add(PendingDelivery delivery);

    Optional<PendingDelivery> find(String subscriber, long position);

    /**
     * Replaces {@code current} by {@code next} (same subscriber and position); false when the
     * stored one is no longer at {@code current}'s state and attempts.
     */
    boolean replace(PendingDelivery current, PendingDelivery next);

    /** Removes {@code current}; false when the stored one is no longer at its state and attempts. */
    boolean remove(PendingDelivery current);

    /** The subscriber's retries due at {@code now}, earliest position first, at most {@code limit}. */
    List<PendingDelivery> due(String subscriber, Instant now, int limit);

    /** Whether the subscriber has any pending delivery of {@code orderingKey}: a new event of it waits behind. */
    boolean holds(String subscriber, String orderingKey);

    /** The subscriber's earliest held delivery of {@code orderingKey}, if any. */
    Optional<PendingDelivery> nextHeld(String subscriber, String orderingKey);

    /** The subscriber's dead letters after {@code afterPosition}, earliest first, at most {@code limit}. */
    List<PendingDelivery> dead(String subscriber, long afterPosition, int limit);

    /** How many pending deliveries and dead letters each subscriber has, by name. */
    Map<String, Standing> standings();

    /**
     * One subscriber's pending deliveries.
     *
     * @param pending     every pending delivery, dead letters included
     * @param dead        the dead letters
     * @param oldestSince when the oldest of them became pending
     */
    record Standing(long pending, long dead, Optional<Instant> oldestSince) {
    }
}
