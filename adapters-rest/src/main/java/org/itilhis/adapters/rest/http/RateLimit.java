package org.itilhis.adapters.rest.http;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * How many requests one identity (a signed-in person or technical client, by staff id) may make:
 * a token bucket per identity holding up to {@code burst} requests, refilled with
 * {@code requestsPerSecond}. {@link #unlimited()}, the default, throttles nobody: the load driver
 * and the monitoring feeds run at whatever rate they need until a hospital sets a limit. Beyond
 * the limit a request is refused with 429 and {@code Retry-After} (the whole seconds until the
 * bucket holds a request again). Requests without an identity (health, the API document, a
 * refused sign-in) are not counted; the server's admission limit ({@code RestServer.Capacity})
 * bounds all requests together.
 */
public record RateLimit(double requestsPerSecond, int burst) {
    public RateLimit {
        checkArgument(requestsPerSecond > 0 || (requestsPerSecond == 0 && burst == 0),
                "requestsPerSecond %s must be positive", requestsPerSecond);
        checkArgument(burst >= 0, "burst %s must not be negative", burst);
        checkArgument(requestsPerSecond == 0 || burst >= 1, "burst %s must be at least 1", burst);
    }

    /** No limit: the default. */
    public static RateLimit unlimited() {
        return new RateLimit(0, 0);
    }

    /**
     * {@code requests} per {@code period} on average, up to {@code burst} at once: {@code
     * RateLimit.of(600, Duration.ofMinutes(1), 100)} lets a person make 100 requests in a row,
     * then 10 a second.
     */
    public static RateLimit of(int requests, Duration period, int burst) {
        checkArgument(requests > 0, "requests %s must be positive", requests);
        checkNotNull(period, "period");
        checkArgument(!period.isNegative() && !period.isZero(), "period %s must be positive", period);
        return new RateLimit(requests / (period.toNanos() / 1e9), burst);
    }

    public boolean limited() {
        return requestsPerSecond > 0;
    }
}
