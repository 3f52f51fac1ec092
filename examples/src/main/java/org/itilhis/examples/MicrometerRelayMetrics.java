package org.itilhis.examples;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.ports.notification.out.RelayMetrics;

/**
 * The notification relay's figures as Micrometer meters, tagged by subscriber: {@code
 * itilhis.relay.delivered} (events handed over), {@code itilhis.relay.failed} (deliveries to be
 * retried), {@code itilhis.relay.dead.lettered}, {@code itilhis.relay.lag} (from the event to its
 * delivery, with a histogram for percentiles), and the gauges {@code itilhis.relay.behind}
 * (events behind the head of the log) and {@code itilhis.relay.dead.letters}. Each subscriber's
 * meters are registered once, when it is first reported, not on every delivery.
 */
final class MicrometerRelayMetrics implements RelayMetrics {
    private final MeterRegistry registry;
    private final Map<String, Meters> meters = new ConcurrentHashMap<>();

    MicrometerRelayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void delivered(String subscriber, Duration lag) {
        Meters of = of(subscriber);
        of.delivered.increment();
        of.lag.record(lag.isNegative() ? Duration.ZERO : lag);
    }

    @Override
    public void failed(String subscriber) {
        of(subscriber).failed.increment();
    }

    @Override
    public void deadLettered(String subscriber) {
        of(subscriber).deadLettered.increment();
    }

    @Override
    public void standing(String subscriber, long events, long deadLetters) {
        Meters of = of(subscriber);
        of.behind.set(events);
        of.deadLetters.set(deadLetters);
    }

    private Meters of(String subscriber) {
        return meters.computeIfAbsent(subscriber, this::register);
    }

    private Meters register(String subscriber) {
        AtomicLong behind = new AtomicLong();
        AtomicLong deadLetters = new AtomicLong();
        Gauge.builder("itilhis.relay.behind", behind, AtomicLong::get).tag("subscriber", subscriber)
                .description("events after the subscriber's position").register(registry);
        Gauge.builder("itilhis.relay.dead.letters", deadLetters, AtomicLong::get).tag("subscriber", subscriber)
                .description("the subscriber's dead letters").register(registry);
        return new Meters(
                Counter.builder("itilhis.relay.delivered").tag("subscriber", subscriber)
                        .description("events the relay handed to the subscriber").register(registry),
                Counter.builder("itilhis.relay.failed").tag("subscriber", subscriber)
                        .description("deliveries that failed and will be retried").register(registry),
                Counter.builder("itilhis.relay.dead.lettered").tag("subscriber", subscriber)
                        .description("deliveries given up as dead letters").register(registry),
                Timer.builder("itilhis.relay.lag").tag("subscriber", subscriber)
                        .description("from an event's occurrence to its delivery").publishPercentileHistogram()
                        .maximumExpectedValue(Duration.ofMinutes(10)).register(registry),
                behind, deadLetters);
    }

    /** One subscriber's meters. */
    private record Meters(Counter delivered, Counter failed, Counter deadLettered, Timer lag, AtomicLong behind,
                          AtomicLong deadLetters) {
    }
}
