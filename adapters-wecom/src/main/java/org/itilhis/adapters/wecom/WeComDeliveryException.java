package org.itilhis.adapters.wecom;

import java.util.OptionalInt;

/**
 * A WeCom group robot did not take a message: it answered an error code (a wrong key, a
 * message too long, the rate limit of 20 messages a minute), an HTTP error, nothing in time, or
 * could not be reached. The relay retries the event later. The message never carries the
 * webhook's key.
 */
public final class WeComDeliveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** WeCom's error code for calling too often: {@code api freq out of limit}. */
    public static final int RATE_LIMITED = 45009;

    private final Integer errorCode;

    WeComDeliveryException(String message, Integer errorCode, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    /** The {@code errcode} the robot answered, when it answered one. */
    public OptionalInt errorCode() {
        return errorCode == null ? OptionalInt.empty() : OptionalInt.of(errorCode);
    }

    /** Whether the robot refused the message for its rate limit, so waiting a minute helps. */
    public boolean isRateLimited() {
        return errorCode != null && errorCode == RATE_LIMITED;
    }
}
