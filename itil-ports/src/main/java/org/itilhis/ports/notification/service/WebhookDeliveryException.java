package org.itilhis.ports.notification.service;

import org.itilhis.core.notification.WebhookId;
import org.itilhis.ports.notification.out.WebhookResponse;

/**
 * A webhook delivery the receiver did not acknowledge: thrown by the subscription's relay
 * subscriber so that the relay retries the event later.
 */
public final class WebhookDeliveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient WebhookResponse response;
    private final int consecutiveFailures;

    WebhookDeliveryException(WebhookId id, String messageId, int consecutiveFailures, WebhookResponse response) {
        super("webhook " + id + " did not take " + messageId + " (" + consecutiveFailures + " failures in a row): "
                + response.reason());
        this.response = response;
        this.consecutiveFailures = consecutiveFailures;
    }

    /** How the failed attempt went. */
    public WebhookResponse response() {
        return response;
    }

    /** The subscription's failed deliveries in a row, this one included. */
    public int consecutiveFailures() {
        return consecutiveFailures;
    }
}
