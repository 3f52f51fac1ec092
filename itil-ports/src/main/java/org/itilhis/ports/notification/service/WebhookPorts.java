package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.notification.out.WebhookSender;
import org.itilhis.ports.notification.out.WebhookSubscriptionRepository;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * The outbound ports of the webhooks: the desk's (staff directory, event log, transactions,
 * clock, notifier, and the tickets a payload's facts come from), the subscriptions' store (on
 * the desk's transactions) and the sender.
 */
public record WebhookPorts(ServiceDeskPorts desk, WebhookSubscriptionRepository subscriptions, WebhookSender sender) {
    public WebhookPorts {
        checkNotNull(desk, "desk");
        checkNotNull(subscriptions, "subscriptions");
        checkNotNull(sender, "sender");
    }
}
