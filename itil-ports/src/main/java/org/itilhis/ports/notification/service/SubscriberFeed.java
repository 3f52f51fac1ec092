package org.itilhis.ports.notification.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.itilhis.core.notification.PendingDelivery;
import org.itilhis.ports.common.LoggedEvent;
import org.itilhis.ports.notification.out.PendingDeliveries;
import org.itilhis.ports.notification.out.RelayMetrics;
import org.itilhis.ports.notification.out.RelayPositions;
import org.itilhis.ports.notification.out.RelayedEvent;
import org.itilhis.ports.notification.out.Subscriber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber's share of a relay pass: its due retries (each followed by the held events of
 * its record it releases), then up to a batch of new events. Stores change in short
 * transactions; deliveries run outside any. Stops when a compare-and-set finds that another
 * node moved on (fenced).
 */
final class SubscriberFeed {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriberFeed.class);

    private final RelayPorts ports;
    private final RelaySettings settings;
    private final RelayMetrics metrics;
    private final Subscriber subscriber;
    private final String name;
    private int delivered;
    private int passedOver;
    private int held;
    private int failed;
    private int deadLettered;

    SubscriberFeed(RelayPorts ports, RelaySettings settings, RelayMetrics metrics, Subscriber subscriber) {
        this.ports = ports;
        this.settings = settings;
        this.metrics = metrics;
        this.subscriber = subscriber;
        this.name = subscriber.name();
    }

    NotificationRelay.Pass run() {
        boolean fenced = !retryDue() || !readNew();
        return new NotificationRelay.Pass(delivered, passedOver, held, failed, deadLettered, fenced ? 1 : 0);
    }

    /** The due retries; false when fenced. */
    private boolean retryDue() {
        Instant now = now();
        List<PendingDelivery> due = tx(() -> deliveries().due(name, now, settings.batchSize()));
        for (PendingDelivery delivery : due) {
            if (!retry(delivery)) {
                return false;
            }
        }
        return true;
    }

    /** Tries {@code delivery} again and, while that succeeds, the held ones of its record after it. */
    private boolean retry(PendingDelivery delivery) {
        Optional<PendingDelivery> current = Optional.of(delivery);
        while (current.isPresent()) {
            PendingDelivery attempt = current.get();
            Optional<LoggedEvent> logged = eventAt(attempt.position());
            if (logged.isPresent()) {
                RelayedEvent event = new RelayedEvent(attempt.position(), logged.get().event());
                Optional<RuntimeException> failure = deliver(event);
                if (failure.isPresent()) {
                    return failedAgain(attempt, failure.get());
                }
            } else {
                LOG.error("event {} pending for {} is not in the log; it is dropped", attempt.position(), name);
            }
            Instant now = now();
            Optional<Optional<PendingDelivery>> released = tx(() -> {
                if (!deliveries().remove(attempt)) {
                    return Optional.empty();
                }
                Optional<PendingDelivery> next = deliveries().nextHeld(name, attempt.orderingKey());
                next.ifPresent(held -> deliveries().replace(held, held.dueNow(now)));
                return Optional.of(next.map(held -> held.dueNow(now)));
            });
            if (released.isEmpty()) {
                return false;
            }
            current = released.get();
        }
        return true;
    }

    private boolean failedAgain(PendingDelivery attempt, RuntimeException failure) {
        PendingDelivery next = attempt.failedAgain(describe(failure), now(), settings.maxAttempts(),
                settings.backoff(), settings.jitter().getAsDouble());
        if (!step(() -> deliveries().replace(attempt, next))) {
            return false;
        }
        counted(next);
        return true;
    }

    /** Counts and reports a failure that left {@code pending} waiting for a retry or dead. */
    private void counted(PendingDelivery pending) {
        if (pending.state() == PendingDelivery.State.DEAD) {
            deadLettered++;
            metrics.deadLettered(name);
            LOG.warn("event {} failed {} times for {} and is a dead letter: {}", pending.position(),
                    pending.attempts(), name, pending.lastError().orElse(""));
        } else {
            failed++;
            metrics.failed(name);
            LOG.info("event {} failed for {} ({} attempts); tried again at {}", pending.position(), name,
                    pending.attempts(), pending.nextAttemptAt());
        }
    }

    /**
     * Up to a batch of events after the subscriber's position; false when fenced. An event the
     * subscriber does not want moves the stored position on only with the next event it handles
     * or at the end of the batch: nothing was delivered, so reading it again after a crash costs
     * nothing, and the log is not written to once per event passed over.
     */
    private boolean readNew() {
        long stored = position();
        long handled = stored;
        for (LoggedEvent logged : ports.desk().events().readAfter(stored, settings.batchSize())) {
            RelayedEvent event = new RelayedEvent(logged.position(), logged.event());
            if (!subscriber.wants(event)) {
                passedOver++;
                metrics.delivered(name, lag(event));
            } else if (!handle(stored, event)) {
                return false;
            } else {
                stored = event.position();
            }
            handled = event.position();
        }
        long from = stored;
        long to = handled;
        return to == from || step(() -> positions().advance(name, from, to));
    }

    private long position() {
        Optional<Long> position = tx(() -> positions().find(name));
        if (position.isPresent()) {
            return position.get();
        }
        long head = ports.desk().events().head();
        step(() -> positions().start(name, head));
        LOG.info("subscriber {} is new; it is fed from the head of the event log, position {}", name, head);
        return tx(() -> positions().find(name)).orElseThrow();
    }

    /** Handles one new event the subscriber wants, its stored position {@code from}; false when fenced. */
    private boolean handle(long from, RelayedEvent event) {
        long to = event.position();
        String key = event.orderingKey();
        if (step(() -> deliveries().holds(name, key))) {
            held++;
            Instant now = now();
            return step(() -> advanced(from, to) && added(PendingDelivery.held(name, to, key, now)));
        }
        Optional<RuntimeException> failure = deliver(event);
        if (failure.isEmpty()) {
            return step(() -> positions().advance(name, from, to));
        }
        PendingDelivery pending = PendingDelivery.failed(name, to, key, describe(failure.get()), now(),
                settings.maxAttempts(), settings.backoff(), settings.jitter().getAsDouble());
        if (!step(() -> advanced(from, to) && added(pending))) {
            return false;
        }
        counted(pending);
        return true;
    }

    private Optional<RuntimeException> deliver(RelayedEvent event) {
        try {
            subscriber.deliver(event);
        } catch (RuntimeException failure) {
            return Optional.of(failure);
        }
        delivered++;
        metrics.delivered(name, lag(event));
        return Optional.empty();
    }

    /** Moves the position on inside a transaction, rolling it back (by throwing) when fenced. */
    private boolean advanced(long from, long to) {
        if (!positions().advance(name, from, to)) {
            throw new Fenced();
        }
        return true;
    }

    /** Adds a pending delivery inside a transaction, rolling it back when another node added it first. */
    private boolean added(PendingDelivery pending) {
        if (!deliveries().add(pending)) {
            throw new Fenced();
        }
        return true;
    }

    private Optional<LoggedEvent> eventAt(long position) {
        return ports.desk().events().readAfter(position - 1, 1).stream()
                .filter(logged -> logged.position() == position).findFirst();
    }

    private <T> T tx(Supplier<T> work) {
        return ports.desk().transactions().inTransaction(work);
    }

    private boolean step(BooleanSupplier work) {
        try {
            return ports.desk().transactions().inTransaction(work::getAsBoolean);
        } catch (Fenced fenced) {
            return false;
        }
    }

    private Duration lag(RelayedEvent event) {
        Duration lag = Duration.between(event.event().occurredAt(), now());
        return lag.isNegative() ? Duration.ZERO : lag;
    }

    private Instant now() {
        return ports.desk().clock().instant();
    }

    private RelayPositions positions() {
        return ports.positions();
    }

    private PendingDeliveries deliveries() {
        return ports.deliveries();
    }

    private static String describe(RuntimeException failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Rolls a transaction back when another node moved the position on. */
    private static final class Fenced extends RuntimeException {
        Fenced() {
            super("the relay position was moved on by another node", null, false, false);
        }
    }
}
