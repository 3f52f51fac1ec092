package org.itilhis.ports.notification.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * How a delivery went: delivered (the receiver answered 2xx), or failed with the receiver's
 * status, or with no answer at all (a timeout, a refused connection) and the reason.
 */
public record WebhookResponse(boolean delivered, OptionalInt status, String reason, Duration took) {
    public WebhookResponse {
        checkNotNull(status, "status");
        checkNotNull(reason, "reason");
        checkNotNull(took, "took");
        checkArgument(!delivered || status.isPresent(), "a delivery is acknowledged by a status");
    }

    /** The receiver answered {@code status}: delivered when 2xx. */
    public static WebhookResponse answered(int status, Duration took) {
        boolean success = status >= 200 && status < 300;
        return new WebhookResponse(success, OptionalInt.of(status), success ? "" : "HTTP " + status, took);
    }

    /** No answer: {@code reason} says why (a timeout, a connection refused). */
    public static WebhookResponse unanswered(String reason, Duration took) {
        return new WebhookResponse(false, OptionalInt.empty(), reason, took);
    }
}
