package org.itilhis.ports.notification.in;

import java.util.List;
import org.itilhis.core.notification.WebhookId;
import org.itilhis.core.shared.Actor;

/**
 * Reading the webhook subscriptions ({@code VIEW_NOTIFICATIONS}), never their secrets.
 *
 * @throws org.itilhis.core.access.NotPermittedException if the actor may not view notifications
 */
public interface WebhookQueries {
    /** @throws WebhookNotFoundException if there is no such subscription */
    WebhookView webhook(Actor actor, WebhookId id);

    /** Every subscription, oldest first. */
    List<WebhookView> webhooks(Actor actor);
}
