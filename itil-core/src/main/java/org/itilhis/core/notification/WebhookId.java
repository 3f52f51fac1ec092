package org.itilhis.core.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of a webhook subscription. */
public record WebhookId(UUID value) {
    public WebhookId {
        checkNotNull(value, "value");
    }

    /** @throws IllegalArgumentException if {@code text} is not a UUID */
    public static WebhookId parse(String text) {
        return new WebhookId(UUID.fromString(checkNotNull(text, "text").strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
