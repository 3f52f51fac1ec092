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

    DingTalkDeliveryException(String message, Integer errorCode, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
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

    /** Whether the robot refused the message for its rate limit, so waiting a minute helps. */
    public boolean isRateLimited() {
        return errorCode != null && errorCode == RATE_LIMITED;
    }

    /**
     * Whether the robot's security settings (加签, keywords, IP addresses) refused the message:
     * retrying helps only once the settings or this server's clock are mended.
     */
    public boolean isRefusedBySecuritySettings() {
        return errorCode != null && errorCode == REFUSED_BY_SECURITY_SETTINGS;
    }
}
