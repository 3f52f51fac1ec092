package org.itilhis.ports.notification.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How the notification relay stands.
 *
 * @param head        the position of the last event in the log
 * @param subscribers every subscriber, by name
 */
public record RelayOverview(long head, List<SubscriberStanding> subscribers) {
    public RelayOverview {
        subscribers = List.copyOf(subscribers);
    }

    /**
     * One subscriber's standing.
     *
     * @param name          the subscriber's name
     * @param active        whether a source offers it now (a deleted webhook's position stays, inactive)
     * @param position      the last event handled for it
     * @param behind        how far its position is behind the head (positions, which may have gaps)
     * @param pending       its pending deliveries, dead letters included
     * @param deadLetters   its dead letters
     * @param oldestPending when its oldest pending delivery became pending
     */
    public record SubscriberStanding(String name, boolean active, long position, long behind, long pending,
                                     long deadLetters, Optional<Instant> oldestPending) {
        public SubscriberStanding {
            checkNotNull(name, "name");
            checkNotNull(oldestPending, "oldestPending");
        }
    }
}
