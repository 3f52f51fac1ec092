package org.itilhis.ports.notification.in;

import org.itilhis.core.notification.WebhookId;
import org.itilhis.core.shared.DomainException;

/** No such webhook subscription (or it was deleted). */
public final class WebhookNotFoundException extends DomainException {
    public WebhookNotFoundException(WebhookId id) {
        super("webhook.not-found", id);
    }
}
