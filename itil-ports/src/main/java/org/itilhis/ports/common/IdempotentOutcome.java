package org.itilhis.ports.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * What a creating request produced, kept for its retries.
 *
 * @param requestFingerprint a hash of the request, so that reusing a key for a different
 *                           request can be refused rather than answered with the wrong outcome
 * @param status             the protocol status of the original answer (an HTTP status code)
 * @param location           where the created resource lives; empty when none
 * @param body               the original answer's body, as sent
 * @param at                 when it was recorded; it answers retries for the retention from then
 *                           (see {@link IdempotencyStore})
 */
public record IdempotentOutcome(String requestFingerprint, int status, String location, String body, Instant at) {
    public IdempotentOutcome {
        checkNotNull(requestFingerprint, "requestFingerprint");
        checkNotNull(location, "location");
        checkNotNull(body, "body");
        checkNotNull(at, "at");
        checkArgument(status >= 100 && status <= 599, "status %s is not a protocol status", status);
    }
}
