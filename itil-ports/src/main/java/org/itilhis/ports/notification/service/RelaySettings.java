package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.itilhis.core.notification.DeliveryBackoff;

/**
 * How the notification relay works.
 *
 * @param batchSize   events read from the log at a time per subscriber, and retries per pass
 * @param maxAttempts failed attempts after which a delivery becomes a dead letter
 * @param backoff     the wait between attempts (exponential, full jitter)
 * @param idlePause   how long {@link NotificationRelay#follow} pauses after a pass that found nothing to do
 * @param jitter      draws the jitter, uniformly from [0, 1): random in production, fixed in tests
 */
public record RelaySettings(int batchSize, int maxAttempts, DeliveryBackoff backoff, Duration idlePause,
                            DoubleSupplier jitter) {
    public RelaySettings {
        checkArgument(batchSize >= 1 && batchSize <= 10_000, "batchSize %s is not in 1..10000", batchSize);
        checkArgument(maxAttempts >= 1, "maxAttempts %s must be positive", maxAttempts);
        checkNotNull(backoff, "backoff");
        checkNotNull(idlePause, "idlePause");
        checkArgument(!idlePause.isNegative(), "idlePause %s is negative", idlePause);
        checkNotNull(jitter, "jitter");
    }

    /** 100 events at a time, 8 attempts, 1 s doubling to 10 min, a 100 ms pause, random jitter. */
    public static RelaySettings defaults() {
        return new RelaySettings(100, 8, DeliveryBackoff.STANDARD, Duration.ofMillis(100),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    public RelaySettings withBatchSize(int size) {
        return new RelaySettings(size, maxAttempts, backoff, idlePause, jitter);
    }

    public RelaySettings withMaxAttempts(int attempts) {
        return new RelaySettings(batchSize, attempts, backoff, idlePause, jitter);
    }

    public RelaySettings withBackoff(DeliveryBackoff newBackoff) {
        return new RelaySettings(batchSize, maxAttempts, newBackoff, idlePause, jitter);
    }

    public RelaySettings withIdlePause(Duration pause) {
        return new RelaySettings(batchSize, maxAttempts, backoff, pause, jitter);
    }

    public RelaySettings withJitter(DoubleSupplier newJitter) {
        return new RelaySettings(batchSize, maxAttempts, backoff, idlePause, newJitter);
    }
}
