package org.itilhis.core.notification;

import org.itilhis.core.shared.DomainException;

/** A webhook subscription already in the state a command asks for (enabled, or disabled). */
public final class WebhookStateException extends DomainException {
    private WebhookStateException(String code, WebhookId id) {
        super(code, id);
    }

    public static WebhookStateException alreadyEnabled(WebhookId id) {
        return new WebhookStateException("webhook.already-enabled", id);
    }

    public static WebhookStateException alreadyDisabled(WebhookId id) {
        return new WebhookStateException("webhook.already-disabled", id);
    }
}
