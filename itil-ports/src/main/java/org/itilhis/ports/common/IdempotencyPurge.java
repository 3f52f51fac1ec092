package org.itilhis.ports.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the idempotency records older than the retention, so that the answers they keep
 * (with the personal data in them) are not kept longer than a retry needs them. Meant to be
 * run periodically by the embedding application's scheduler (the JDBC adapter's cluster
 * timers run it on one node at a time); a run repeated on another node deletes nothing more.
 *
 * <pre>{@code
 * IdempotencyPurge purge = new IdempotencyPurge(storage.idempotency(), IdempotencyStore.DEFAULT_RETENTION, clock);
 * new ClusterTimers.Timer("idempotency-purge", Duration.ofHours(1), purge::purgeExpired)
 * }</pre>
 *
 * <p>The retention must be the one the REST adapter answers retries with, or a record it still
 * answers would be deleted (a shorter retention here) or one it no longer answers kept (a longer one).
 */
public final class IdempotencyPurge {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotencyStore store;
    private final Duration retention;
    private final Clock clock;

    public IdempotencyPurge(IdempotencyStore store, Duration retention, Clock clock) {
        this.store = checkNotNull(store, "store");
        this.retention = checkRetention(retention);
        this.clock = checkNotNull(clock, "clock");
    }

    /** Deletes the records recorded more than the retention ago; returns how many. */
    public int purgeExpired() {
        int purged = store.purgeRecordedBefore(clock.instant().minus(retention));
        if (purged > 0) {
            LOG.info("{} idempotency records older than {} deleted", purged, retention);
        }
        return purged;
    }

    /**
     * Checks a retention: positive.
     *
     * @throws IllegalArgumentException if it is zero or negative
     */
    public static Duration checkRetention(Duration retention) {
        checkNotNull(retention, "retention");
        checkArgument(!retention.isNegative() && !retention.isZero(), "idempotency retention %s is not positive",
                retention);
        return retention;
    }
}
