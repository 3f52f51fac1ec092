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
 * (events behind the head of the log) and {@code itilhis.relay.dead.letters}.
 */
final class MicrometerRelayMetrics implements RelayMetrics {
    private final MeterRegistry registry;
    private final Map<String, Standing> standings = new ConcurrentHashMap<>();

    MicrometerRelayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void delivered(String subscriber, Duration lag) {
        Counter.builder("itilhis.relay.delivered").tag("subscriber", subscriber)
                .description("events the relay handed to the subscriber").register(registry).increment();
        Timer.builder("itilhis.relay.lag").tag("subscriber", subscriber)
                .description("from an event's occurrence to its delivery").publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(10)).register(registry).record(lag.isNegative() ? Duration.ZERO : lag);
    }

    @Override
    public void failed(String subscriber) {
        Counter.builder("itilhis.relay.failed").tag("subscriber", subscriber)
                .description("deliveries that failed and will be retried").register(registry).increment();
    }

    @Override
    public void deadLettered(String subscriber) {
        Counter.builder("itilhis.relay.dead.lettered").tag("subscriber", subscriber)
                .description("deliveries given up as dead letters").register(registry).increment();
    }

    @Override
    public void standing(String subscriber, long events, long deadLetters) {
        Standing standing = standings.computeIfAbsent(subscriber, this::register);
        standing.behind.set(events);
        standing.deadLetters.set(deadLetters);
    }

    private Standing register(String subscriber) {
        Standing standing = new Standing(new AtomicLong(), new AtomicLong());
        Gauge.builder("itilhis.relay.behind", standing.behind, AtomicLong::get).tag("subscriber", subscriber)
                .description("events after the subscriber's position").register(registry);
        Gauge.builder("itilhis.relay.dead.letters", standing.deadLetters, AtomicLong::get).tag("subscriber", subscriber)
                .description("the subscriber's dead letters").register(registry);
        return standing;
    }

    private record Standing(AtomicLong behind, AtomicLong deadLetters) {
    }
}
