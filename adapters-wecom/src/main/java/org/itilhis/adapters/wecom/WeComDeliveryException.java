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
    private final boolean heldBack;

    WeComDeliveryException(String message, Integer errorCode, Throwable cause) {
        this(message, errorCode, cause, false);
    }

    private WeComDeliveryException(String message, Integer errorCode, Throwable cause, boolean heldBack) {
        super(message, cause);
        this.errorCode = errorCode;
        this.heldBack = heldBack;
    }

    /** The channel itself held the message back: the robot's messages of the last minute are used up. */
    static WeComDeliveryException heldBack(String message) {
        return new WeComDeliveryException(message, null, null, true);
    }

    /** The {@code errcode} the robot answered, when it answered one. */
    public OptionalInt errorCode() {
        return errorCode == null ? OptionalInt.empty() : OptionalInt.of(errorCode);
    }

    /**
     * Whether the message met the robot's rate limit, so waiting helps: the robot refused it with
     * its rate-limit errcode, or the channel held it back rather than post it past the limit.
     */
    public boolean isRateLimited() {
        return heldBack || errorCode != null && errorCode == RATE_LIMITED;
    }
}
