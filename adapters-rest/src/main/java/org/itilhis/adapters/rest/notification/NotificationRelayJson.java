package org.itilhis.adapters.rest.notification;

import java.time.Instant;
import java.util.List;
import org.itilhis.core.notification.PendingDelivery;
import org.itilhis.ports.notification.in.RelayOverview;

/** The JSON of the notification relay's resources. */
public final class NotificationRelayJson {
    private NotificationRelayJson() {
    }

    /** The head of the event log and every subscriber's standing. */
    public record RelayOverviewJson(long head, List<SubscriberStandingJson> subscribers) {
        static RelayOverviewJson of(RelayOverview overview) {
            return new RelayOverviewJson(overview.head(),
                    overview.subscribers().stream().map(SubscriberStandingJson::of).toList());
        }
    }

    /** One subscriber: its position, how far behind the head, its pending deliveries and dead letters. */
    public record SubscriberStandingJson(String name, boolean active, long position, long behind, long pending,
                                         long deadLetters, Instant oldestPendingSince) {
        static SubscriberStandingJson of(RelayOverview.SubscriberStanding standing) {
            return new SubscriberStandingJson(standing.name(), standing.active(), standing.position(),
                    standing.behind(), standing.pending(), standing.deadLetters(),
                    standing.oldestPending().orElse(null));
        }
    }

    /**
     * A pending delivery: a retry, a held event or a dead letter; {@code eventId} is what the
     * subscriber's consumers know it by.
     */
    public record PendingDeliveryJson(String subscriber, long position, String eventId, String orderingKey,
                                      PendingDelivery.State state, int attempts, Instant nextAttemptAt,
                                      String lastError, Instant pendingSince) {
        static PendingDeliveryJson of(PendingDelivery delivery) {
            return new PendingDeliveryJson(delivery.subscriber(), delivery.position(), "evt_" + delivery.position(),
                    delivery.orderingKey(), delivery.state(), delivery.attempts(), delivery.nextAttemptAt(),
                    delivery.lastError().orElse(null), delivery.since());
        }
    }

    /** A page of dead letters; {@code next} is the {@code after} of the next page, absent on the last. */
    public record DeadLettersJson(List<PendingDeliveryJson> items, Long next) {
    }

    /** What a skip sends: why the dead letter is given up. */
    public record SkipJson(String reason) {
    }

    /** What a skip answers: the held delivery of the same record it released, if any. */
    public record SkippedJson(PendingDeliveryJson released) {
    }
}
