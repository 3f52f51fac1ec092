package org.itilhis.ports.notification.out;

/**
 * Signs a webhook delivery by the Standard Webhooks scheme and posts it: {@code
 * StandardWebhookSender} in {@code adapters-webhooks}. Called by a subscription's relay
 * subscriber outside any transaction; sets connect and request timeouts, so that it never blocks
 * for long.
 */
public interface WebhookSender {
    /** Posts {@code request} and says how it went; reports a failure rather than throwing. */
    WebhookResponse send(WebhookRequest request);
}
