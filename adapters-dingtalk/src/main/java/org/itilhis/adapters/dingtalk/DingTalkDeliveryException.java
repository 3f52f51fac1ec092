package org.itilhis.adapters.dingtalk;

import java.util.OptionalInt;

/**
 * A DingTalk group robot did not take a message: it answered an error code (a wrong signature,
 * a missing keyword, the rate limit of 20 messages a minute), an HTTP error, nothing in time, or
 * could not be reached. The relay retries the event later. The message never carries the
 * webhook's access token.
 */
public final class DingTalkDeliveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** DingTalk's error code for sending too fast: {@code send too fast, exceed 20 times per minute}. */
    public static final int RATE_LIMITED = 130101;

    private final Integer errorCode;
    private final boolean heldBack;

    DingTalkDeliveryException(String message, Integer errorCode, Throwable cause) {
        this(message, errorCode, cause, false);
    }

    private DingTalkDeliveryException(String message, Integer errorCode, Throwable cause, boolean heldBack) {
        super(message, cause);
        this.errorCode = errorCode;
        this.heldBack = heldBack;
    }

    /** The channel itself held the message back: the robot's messages of the last minute are used up. */
    static DingTalkDeliveryException heldBack(String message) {
        return new DingTalkDeliveryException(message, null, null, true);
    }

    /** The {@code errcode} the robot answered, when it answered one. */
    public OptionalInt errorCode() {
        return errorCode == null ? OptionalInt.empty() : OptionalInt.of(errorCode);
    }

    /**
     * DingTalk's error code for a request its security settings refuse: {@code sign not match},
     * {@code invalid timestamp}, {@code keywords not in content}, {@code ip not in whitelist}.
     */
    public static final int REFUSED_BY_SECURITY_SETTINGS = 310000;

    /**
     * Whether the message met the robot's rate limit, so waiting helps: the robot refused it with
     * its rate-limit errcode, or the channel held it back rather than post it past the limit.
     */
    public boolean isRateLimited() {
        return heldBack || errorCode != null && errorCode == RATE_LIMITED;
    }

    /**
     * Whether the robot's security settings (加签, keywords, IP addresses) refused the message:
     * retrying helps only once the settings or this server's clock are mended.
     */
    public boolean isRefusedBySecuritySettings() {
        return errorCode != null && errorCode == REFUSED_BY_SECURITY_SETTINGS;
    }
}
