package org.itilhis.ports.notification.in;

/**
 * Managing webhook subscriptions ({@code MANAGE_WEBHOOKS}): subscribing an address to event
 * types, rotating its secret, enabling, disabling and deleting it. Each command runs in one
 * transaction and records one event; a refused command changes nothing. The secret is handed
 * out once, by {@link #subscribe} and {@link #rotateSecret}, and never shown again.
 *
 * @throws org.itilhis.ports.common.InvalidCommandException for a command that breaks its constraints
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not manage webhooks
 * @throws WebhookNotFoundException for an unknown subscription
 * @throws org.itilhis.core.shared.VersionConflictException if it changed since {@code expectedVersion}
 */
public interface WebhookUseCase {
    /**
     * @throws org.itilhis.core.notification.InvalidWebhookException for an address that is not
     *         http(s), an unknown event type, or a secret too short, too long or malformed
     */
    SubscribedWebhook subscribe(WebhookCommand.Subscribe command);

    /** @throws org.itilhis.core.notification.InvalidWebhookException for a secret given in the wrong form */
    SubscribedWebhook rotateSecret(WebhookCommand.RotateSecret command);

    /** @throws org.itilhis.core.notification.WebhookStateException if it is enabled already */
    WebhookView enable(WebhookCommand.Enable command);

    /** @throws org.itilhis.core.notification.WebhookStateException if it is disabled already */
    WebhookView disable(WebhookCommand.Disable command);

    void delete(WebhookCommand.Delete command);
}
