package org.itilhis.ports.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.StaffId;

/**
 * Remembers the outcome of creating requests by their idempotency key, durably, so that a
 * retried request (a flaky ward network, a double click on the HIS button) returns the
 * original outcome and creates nothing new. Keys are scoped per actor. Adapters record
 * the outcome in the same transaction as the creation it belongs to.
 *
 * <p><b>Records expire.</b> A record answers retries for a retention period
 * ({@link #DEFAULT_RETENTION} unless the application configures another): the caller passes
 * the oldest recording time still answered ({@code now - retention}) to {@link #find} and
 * {@link #record}, and a record recorded before it is expired, absent to both, so that a
 * request after the retention creates again. {@link IdempotencyPurge} deletes expired records
 * periodically ({@link #purgeRecordedBefore}), so none is kept much longer than the retention.
 *
 * <p><b>Personal data.</b> A record keeps what answering a retry identically needs and nothing
 * more: the actor's staff id and the key (to find it), a SHA-256 hash of the request (to refuse
 * the key reused for another request; the request itself, with the caller's description, is
 * not kept), the status, the {@code Location} and the body of the original answer. The body
 * holds personal data (the created contact or ticket with its caller and description), but a
 * retry must get the same body, as it was then, not the resource as it is now; the body is
 * therefore kept, and the retention bounds how long.
 */
public interface IdempotencyStore {
    /** How long a record answers retries unless configured otherwise: a day. */
    Duration DEFAULT_RETENTION = Duration.ofHours(24);

    /**
     * The outcome recorded for {@code key} at or after {@code notBefore}. An older record is
     * expired: it is not returned, and the store may delete it at once (in the caller's
     * transaction, if any).
     */
    Optional<IdempotentOutcome> find(StaffId actor, String key, Instant notBefore);

    /**
     * Records the outcome for {@code key}, replacing a record of the key recorded before
     * {@code notBefore} (an expired one).
     *
     * @return false if an outcome recorded at or after {@code notBefore} exists for the key (a
     *         concurrent retry won; the caller's transaction should then roll back and return
     *         the recorded one)
     */
    boolean record(StaffId actor, String key, IdempotentOutcome outcome, Instant notBefore);

    /**
     * Deletes every record recorded before {@code cutoff}, whatever its actor and key, outside
     * any caller's transaction and in batches of a size the adapter chooses, so that a large
     * purge holds no lock for long.
     *
     * @return how many records were deleted
     */
    int purgeRecordedBefore(Instant cutoff);
}
