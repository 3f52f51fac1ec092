package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.shared.DomainException;

/**
 * A webhook subscription the rules refuse, naming the field at fault: a target address that is
 * not http or https, an event type the library does not log, a secret that is too short, too
 * long or not in the Standard Webhooks form ({@code whsec_} and base64).
 */
public final class InvalidWebhookException extends DomainException {
    private final String field;

    private InvalidWebhookException(String code, String field, Object... arguments) {
        super(code, arguments);
        this.field = checkNotNull(field, "field");
    }

    /** The request's field at fault: {@code url}, {@code eventTypes} or {@code secret}. */
    public String field() {
        return field;
    }

    public static InvalidWebhookException urlNotHttp(String url) {
        return new InvalidWebhookException("webhook.url-not-http", "url", url);
    }

    public static InvalidWebhookException unknownEventType(String type) {
        return new InvalidWebhookException("webhook.unknown-event-type", "eventTypes", type);
    }

    public static InvalidWebhookException secretTooShort(int bytes) {
        return new InvalidWebhookException("webhook.secret-too-short", "secret", bytes, WebhookSecret.MIN_BYTES);
    }

    public static InvalidWebhookException secretTooLong(int bytes) {
        return new InvalidWebhookException("webhook.secret-too-long", "secret", bytes, WebhookSecret.MAX_BYTES);
    }

    public static InvalidWebhookException secretMalformed() {
        return new InvalidWebhookException("webhook.secret-malformed", "secret");
    }
}
