package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * How long the notification relay waits before it tries a failed delivery again: exponential
 * backoff with full jitter. After the {@code n}th failure the ceiling is {@code base * 2^(n-1)},
 * never above {@code cap}, and the wait is a uniformly drawn share of it, so that deliveries that
 * failed together (a channel that was down) do not all come back at the same instant.
 *
 * @param base the ceiling after the first failure, positive
 * @param cap  the highest ceiling, at least {@code base}
 */
public record DeliveryBackoff(Duration base, Duration cap) {
    /** One second, doubling up to ten minutes. */
    public static final DeliveryBackoff STANDARD = new DeliveryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(10));

    public DeliveryBackoff {
        checkNotNull(base, "base");
        checkNotNull(cap, "cap");
        checkArgument(!base.isZero() && !base.isNegative(), "base %s must be positive", base);
        checkArgument(cap.compareTo(base) >= 0, "cap %s is below base %s", cap, base);
    }

    /** The most the relay waits after {@code failures} failures in a row (at least one). */
    public Duration ceiling(int failures) {
        checkArgument(failures >= 1, "failures %s must be at least one", failures);
        long capMillis = cap.toMillis();
        long ceiling = base.toMillis();
        for (int i = 1; i < failures && ceiling < capMillis; i++) {
            ceiling *= 2;
        }
        return Duration.ofMillis(Math.min(ceiling, capMillis));
    }

    /**
     * The wait after {@code failures} failures for a {@code jitter} drawn uniformly from [0, 1):
     * {@code jitter} of the {@link #ceiling}, in whole milliseconds.
     */
    public Duration delay(int failures, double jitter) {
        checkArgument(jitter >= 0 && jitter < 1, "jitter %s is not in [0, 1)", jitter);
        return Duration.ofMillis((long) Math.floor(ceiling(failures).toMillis() * jitter));
    }
}
