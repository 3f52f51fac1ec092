package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.Instant;
import java.util.Optional;

/**
 * An event the notification relay has not yet delivered to one subscriber: one that failed and
 * waits for its next attempt, one that failed too often (a dead letter), or one held behind an
 * earlier undelivered event of the same record (its ordering key). Of one subscriber's pending
 * deliveries of one key, only the earliest is ever {@link State#RETRYING} or {@link State#DEAD};
 * the later ones are {@link State#HELD} and wait for it, so a record's events never overtake each
 * other.
 *
 * @param subscriber    the subscriber's name
 * @param position      the event's position in the log
 * @param orderingKey   the record the event belongs to (its aggregate id)
 * @param attempts      the failed attempts so far (0 for a held event, or one released or replayed)
 * @param nextAttemptAt when it is tried again; meaningful while {@link State#RETRYING}
 * @param lastError     what the last failure said, at most {@value #ERROR_LENGTH} characters
 * @param since         when it became pending
 */
public record PendingDelivery(String subscriber, long position, String orderingKey, int attempts,
                              Instant nextAttemptAt, Optional<String> lastError, State state, Instant since) {
    /** The longest error text kept. */
    public static final int ERROR_LENGTH = 500;

    /** Where a pending delivery stands. */
    public enum State {
        /** Waits for its next attempt at {@code nextAttemptAt}. */
        RETRYING,
        /** Waits behind an earlier pending delivery of its ordering key. */
        HELD,
        /** Failed the maximum number of times; waits for an operator to replay or skip it. */
        DEAD
    }

    public PendingDelivery {
        checkNotNull(subscriber, "subscriber");
        checkArgument(position > 0, "position %s must be positive", position);
        checkNotNull(orderingKey, "orderingKey");
        checkArgument(attempts >= 0, "attempts %s is negative", attempts);
        checkNotNull(nextAttemptAt, "nextAttemptAt");
        checkNotNull(lastError, "lastError");
        checkNotNull(state, "state");
        checkNotNull(since, "since");
        lastError = lastError.map(PendingDelivery::truncated);
    }

    /**
     * A first failure: tried again after {@code backoff}'s delay, or a dead letter at once when
     * {@code maxAttempts} is one.
     */
    public static PendingDelivery failed(String subscriber, long position, String orderingKey, String error,
                                         Instant now, int maxAttempts, DeliveryBackoff backoff, double jitter) {
        return new PendingDelivery(subscriber, position, orderingKey, 0, now, Optional.empty(), State.RETRYING, now)
                .failedAgain(error, now, maxAttempts, backoff, jitter);
    }

    /** An event held behind an earlier pending one of its key. */
    public static PendingDelivery held(String subscriber, long position, String orderingKey, Instant now) {
        return new PendingDelivery(subscriber, position, orderingKey, 0, now, Optional.empty(), State.HELD, now);
    }

    /** Whether it is tried at {@code now}. */
    public boolean isDue(Instant now) {
        return state == State.RETRYING && !nextAttemptAt.isAfter(now);
    }

    /**
     * It failed once more: a dead letter once it has failed {@code maxAttempts} times, otherwise
     * tried again after the backoff's delay.
     */
    public PendingDelivery failedAgain(String error, Instant now, int maxAttempts, DeliveryBackoff backoff,
                                       double jitter) {
        checkState(state == State.RETRYING, "%s is %s, not being retried", position, state);
        int failures = attempts + 1;
        return failures >= maxAttempts
                ? new PendingDelivery(subscriber, position, orderingKey, failures, now, Optional.of(error), State.DEAD,
                since)
                : new PendingDelivery(subscriber, position, orderingKey, failures,
                now.plus(backoff.delay(failures, jitter)), Optional.of(error), State.RETRYING, since);
    }

    /** Its turn came (the one before it of its key is done), or an operator replayed it: due now, attempts anew. */
    public PendingDelivery dueNow(Instant now) {
        return new PendingDelivery(subscriber, position, orderingKey, 0, now, lastError, State.RETRYING, since);
    }

    private static String truncated(String error) {
        return error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH - 1) + "…";
    }
}
