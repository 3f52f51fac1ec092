package org.itilhis.core.notification;

/**
 * How a message reaches people: a person's e-mail or SMS (their preference names which, and the
 * address), or an assignment group's chat through its WeCom (企业微信) or DingTalk (钉钉) group
 * robot. Each is an adapter module of its own ({@code adapters-mail}, {@code adapters-wecom},
 * {@code adapters-dingtalk}; SMS is a port only).
 */
public enum Channel {
    EMAIL,
    SMS,
    WECOM,
    DINGTALK;

    /** Whether the channel reaches one person (e-mail, SMS) rather than a group's chat (the robots). */
    public boolean isPersonal() {
        return this == EMAIL || this == SMS;
    }
}
