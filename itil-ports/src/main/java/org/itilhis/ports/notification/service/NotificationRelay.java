package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.ports.notification.out.PendingDeliveries;
import org.itilhis.ports.notification.out.RelayMetrics;
import org.itilhis.ports.notification.out.Subscriber;
import org.itilhis.ports.notification.out.SubscriberSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox relay: follows the event log (in its single sealed order, ADR 0009) and hands each
 * event to every subscriber of its {@link SubscriberSource}s, at least once, and for the events
 * of one record (the {@linkplain org.itilhis.ports.notification.out.RelayedEvent#orderingKey()
 * ordering key}) in log order. ADR 0020 and {@code docs/notifications/relay.md} give the reasons.
 *
 * <p>Each subscriber has a durable position ({@link org.itilhis.ports.notification.out.RelayPositions});
 * one seen for the first time starts at the head of the log. The position moves by
 * compare-and-set after each event handled, so a node paused past the moment another took over
 * stops at its next step instead of going on beside it. An event the subscriber does not want
 * only moves the position on. A delivery that throws becomes a pending delivery retried with
 * exponential backoff and full jitter; the later events of its record wait behind it (held),
 * other records go on. After {@link RelaySettings#maxAttempts()} failures it is a dead letter,
 * which holds its record's later events back until an operator replays or skips it
 * ({@link DeadLetterService}).
 *
 * <p>{@link #pass()} does one round over all subscribers: each one's due retries first, then up
 * to a batch of new events. {@link #follow(Duration)} runs passes for a while: the work of one
 * cluster-safe timer (the JDBC adapter's {@code ClusterTimers}), so that one node at a time
 * follows the log. A failure of one subscriber's storage is logged and does not stop the others.
 */
public final class NotificationRelay {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationRelay.class);

    private final RelayPorts ports;
    private final RelaySettings settings;
    private final List<SubscriberSource> sources;
    private final RelayMetrics metrics;

    private NotificationRelay(RelayPorts ports, RelaySettings settings, List<SubscriberSource> sources,
                              RelayMetrics metrics) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.sources = List.copyOf(sources);
        this.metrics = checkNotNull(metrics, "metrics");
    }

    /** A relay over {@code sources}' subscribers, asked again on every pass. */
    public static NotificationRelay create(RelayPorts ports, RelaySettings settings, List<SubscriberSource> sources,
                                           RelayMetrics metrics) {
        return new NotificationRelay(ports, settings, sources, metrics);
    }

    /**
     * What a pass, or a run of passes, did.
     *
     * @param delivered    deliveries that succeeded, retries included
     * @param passedOver   events the subscribers did not want
     * @param held         events queued behind an earlier pending one of their record
     * @param failed       deliveries that failed and will be retried
     * @param deadLettered deliveries that failed for the last time
     * @param fenced       subscribers left because another node had moved their position on
     */
    public record Pass(int delivered, int passedOver, int held, int failed, int deadLettered, int fenced) {
        static final Pass NOTHING = new Pass(0, 0, 0, 0, 0, 0);

        /** Whether the pass found nothing at all to do. */
        public boolean idle() {
            return delivered + passedOver + held + failed + deadLettered == 0;
        }

        Pass plus(Pass other) {
            return new Pass(delivered + other.delivered, passedOver + other.passedOver, held + other.held,
                    failed + other.failed, deadLettered + other.deadLettered, fenced + other.fenced);
        }
    }

    /** One round over every subscriber; see the class comment. */
    public Pass pass() {
        Pass pass = Pass.NOTHING;
        Map<String, Subscriber> subscribers = subscribers();
        for (Subscriber subscriber : subscribers.values()) {
            try {
                pass = pass.plus(new SubscriberFeed(ports, settings, metrics, subscriber).run());
            } catch (RuntimeException failure) {
                LOG.error("relaying to subscriber {} failed; it is tried again on the next pass", subscriber.name(),
                        failure);
            }
        }
        reportStandings(subscribers);
        return pass;
    }

    /**
     * Runs passes until {@code budget} is used, pausing {@link RelaySettings#idlePause()} after
     * a pass that found nothing to do; returns what they did together. Returns early, with the
     * interrupt flag set, when the thread is interrupted.
     */
    public Pass follow(Duration budget) {
        checkNotNull(budget, "budget");
        checkArgument(!budget.isNegative(), "budget %s is negative", budget);
        long deadline = System.nanoTime() + budget.toNanos();
        Pass total = Pass.NOTHING;
        while (System.nanoTime() - deadline < 0 && !Thread.currentThread().isInterrupted()) {
            Pass pass = pass();
            total = total.plus(pass);
            if (pass.idle()) {
                long left = deadline - System.nanoTime();
                try {
                    Thread.sleep(Math.max(0, Math.min(left / 1_000_000, settings.idlePause().toMillis())));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return total;
    }

    /** The subscribers of every source by name; of two with one name, the first. */
    Map<String, Subscriber> subscribers() {
        Map<String, Subscriber> subscribers = new LinkedHashMap<>();
        for (SubscriberSource source : sources) {
            for (Subscriber subscriber : source.subscribers()) {
                Subscriber before = subscribers.putIfAbsent(subscriber.name(), subscriber);
                if (before != null && before != subscriber) {
                    LOG.warn("two subscribers are named {}; the relay feeds the first", subscriber.name());
                }
            }
        }
        return subscribers;
    }

    private void reportStandings(Map<String, Subscriber> subscribers) {
        try {
            long head = ports.desk().events().head();
            Map<String, Long> positions = ports.positions().all();
            Map<String, PendingDeliveries.Standing> standings = ports.deliveries().standings();
            for (String name : new ArrayList<>(subscribers.keySet())) {
                long position = positions.getOrDefault(name, head);
                PendingDeliveries.Standing standing = standings.get(name);
                metrics.standing(name, Math.max(0, head - position), standing == null ? 0 : standing.dead());
            }
        } catch (RuntimeException failure) {
            LOG.warn("reading the relay's standing failed", failure);
        }
    }
}
