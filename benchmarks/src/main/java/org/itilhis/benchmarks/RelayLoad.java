package org.itilhis.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.adapters.jdbc.JdbcServiceDeskStorage;
import org.itilhis.adapters.webhooks.StandardWebhookSender;
import org.itilhis.ports.notification.in.SubscribedWebhook;
import org.itilhis.ports.notification.in.WebhookCommand;
import org.itilhis.ports.notification.out.RelayMetrics;
import org.itilhis.ports.notification.service.NotificationRelay;
import org.itilhis.ports.notification.service.RelayPorts;
import org.itilhis.ports.notification.service.RelaySettings;
import org.itilhis.ports.notification.service.WebhookPorts;
import org.itilhis.ports.notification.service.WebhookSettings;
import org.itilhis.ports.notification.service.Webhooks;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.testkit.DemoHospital;
import jakarta.validation.Validator;

/**
 * The notification relay beside a load server, as the example runs it: one webhook subscription
 * to every ticket event ({@code ticket.*}) whose deliveries a local {@link WebhookReceiver}
 * verifies and counts, the relay following the event log on a thread of its own (passes every
 * 100 ms while idle, as {@code RelaySettings.defaults()} says), and its figures kept: each
 * delivery's lag (from the event to its delivery) and how far the subscriber is behind. The
 * relay can be held ({@link #hold}) so that a backlog builds up and its catch-up is timed.
 */
final class RelayLoad implements AutoCloseable {
    private final WebhookReceiver receiver = WebhookReceiver.start();
    private final NotificationRelay relay;
    private final Figures figures = new Figures();
    private final AtomicBoolean held = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread follower;

    RelayLoad(JdbcServiceDeskStorage storage, ServiceDeskPorts ports, Validator validator) {
        Webhooks webhooks = Webhooks.create(new WebhookPorts(ports, storage.webhooks().subscriptions(),
                        new StandardWebhookSender(StandardWebhookSender.Settings.defaults())),
                WebhookSettings.hospitalDefault(), DemoHospital.settings(), validator);
        SubscribedWebhook subscribed = webhooks.subscriptions().subscribe(new WebhookCommand.Subscribe(
                DemoHospital.DIRECTOR_GAO, receiver.uri().toString(), List.of("ticket.*"), null, null));
        receiver.trust(subscribed.secret());
        relay = NotificationRelay.create(new RelayPorts(ports, storage.relay().positions(),
                storage.relay().deliveries()), RelaySettings.defaults(), List.of(webhooks::subscribers), figures);
        relay.pass(); // the subscriber starts at the head of the log, before any load
        follower = new Thread(this::follow, "notification-relay");
        follower.setDaemon(true);
        follower.start();
    }

    private void follow() {
        while (running.get()) {
            if (held.get()) {
                sleep(Duration.ofMillis(20));
            } else {
                relay.follow(Duration.ofSeconds(1));
            }
        }
    }

    /** Stops or lets the relay follow the log. */
    void hold(boolean hold) {
        held.set(hold);
    }

    WebhookReceiver receiver() {
        return receiver;
    }

    /** The lags recorded since the last call, sorted, and forgets them. */
    Latencies takeLags() {
        return figures.take();
    }

    /** Events the subscriber was behind the head at its last pass. */
    long behind() {
        return figures.behind.get();
    }

    /** Deliveries that failed and are to be retried, since the start. */
    long failures() {
        return figures.failed.get();
    }

    /**
     * Waits until the relay has nothing left to deliver (its subscriber not behind the head and
     * every new pass idle), at most {@code limit}.
     *
     * @return whether it caught up in time
     */
    boolean awaitCaughtUp(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        int stable = 0;
        int last = -1;
        while (System.nanoTime() < deadline) {
            int now = receiver.deliveries();
            stable = figures.behind.get() == 0 && now == last ? stable + 1 : 0;
            if (stable >= 5) {
                return true;
            }
            last = now;
            sleep(Duration.ofMillis(100));
        }
        return false;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running.set(false);
        try {
            follower.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            receiver.close();
        }
    }

    /** What the relay reports, kept for the driver. */
    private static final class Figures implements RelayMetrics {
        private Latencies lags = new Latencies();
        private final AtomicLong behind = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();

        @Override
        public synchronized void delivered(String subscriber, Duration lag) {
            lags.add(Math.max(0, lag.toNanos()));
        }

        @Override
        public void failed(String subscriber) {
            failed.incrementAndGet();
        }

        @Override
        public void standing(String subscriber, long events, long deadLetters) {
            behind.set(events);
        }

        synchronized Latencies take() {
            Latencies taken = Latencies.merge(List.of(lags));
            lags = new Latencies();
            return taken;
        }
    }
}
