package org.itilhis.adapters.rest.http;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.security.Principal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.SecurityLog;

/**
 * Applies the {@link RateLimit} to each authenticated request, counted per principal name (the
 * staff id): runs after authentication, so that a request nobody could be identified for is
 * neither counted nor able to use up someone else's requests. One small bucket is kept per
 * identity that called since the start (a hospital's staff: thousands, not millions).
 */
@Priority(Priorities.AUTHORIZATION)
public final class RateLimitFilter implements ContainerRequestFilter {
    private static final double NANOS_PER_SECOND = 1e9;

    private final RateLimit limit;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimitFilter(RateLimit limit) {
        this(limit, System::nanoTime);
    }

    /** With its own clock of nanoseconds, for tests. */
    RateLimitFilter(RateLimit limit, LongSupplier nanoTime) {
        this.limit = checkNotNull(limit, "limit");
        this.nanoTime = checkNotNull(nanoTime, "nanoTime");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        if (!limit.limited() || principal == null) {
            return;
        }
        long now = nanoTime.getAsLong();
        long waitNanos = buckets.computeIfAbsent(principal.getName(), name -> new Bucket(limit.burst(), now))
                .take(now, limit);
        if (waitNanos > 0) {
            long seconds = Math.max(1, (long) Math.ceil(waitNanos / NANOS_PER_SECOND));
            SecurityLog.rateLimited(principal.getName(), request.getMethod(),
                    request.getUriInfo().getRequestUri().getRawPath());
            throw ApiException.of(429, "request.rate-limited", seconds).withHeader("Retry-After", Long.toString(seconds));
        }
    }

    /** A token bucket: {@code tokens} requests in hand, as of {@code at} (nanoseconds). */
    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        /** Takes a request if one is in hand (0), or says how many nanoseconds until one is. */
        synchronized long take(long now, RateLimit limit) {
            if (now > at) {
                tokens = Math.min(limit.burst(), tokens + (now - at) / NANOS_PER_SECOND * limit.requestsPerSecond());
                at = now;
            }
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / limit.requestsPerSecond() * NANOS_PER_SECOND);
        }
    }
}
