package org.itilhis.ports.common;

import java.util.Optional;
import org.itilhis.core.shared.StaffId;

/**
 * Remembers the outcome of creating requests by their idempotency key, durably, so that a
 * retried request (a flaky ward network, a double click on the HIS button) returns the
 * original outcome and creates nothing new. Keys are scoped per actor. Adapters record
 * the outcome in the same transaction as the creation it belongs to.
 */
public interface IdempotencyStore {
    Optional<IdempotentOutcome> find(StaffId actor, String key);

    /**
     * Records the outcome for {@code key}.
     *
     * @return false if an outcome was already recorded for the key (a concurrent retry won;
     *         the caller's transaction should then roll back and return the recorded one)
     */
    boolean record(StaffId actor, String key, IdempotentOutcome outcome);
}
