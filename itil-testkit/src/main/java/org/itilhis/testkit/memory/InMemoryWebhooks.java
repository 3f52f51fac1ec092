package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Random;
import org.itilhis.ports.notification.service.WebhookPorts;
import org.itilhis.ports.notification.service.WebhookSettings;
import org.itilhis.ports.notification.service.Webhooks;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * The webhooks in memory beside an in-memory desk, on its transactions, event log, directory,
 * clock, tickets and notifier, sending through a {@link RecordingWebhookSender}.
 */
public final class InMemoryWebhooks {
    public final InMemoryWebhookSubscriptions subscriptions;
    public final RecordingWebhookSender sender = new RecordingWebhookSender();
    public final WebhookPorts ports;
    public final Webhooks webhooks;

    public InMemoryWebhooks(InMemoryServiceDesk desk, ServiceDeskSettings settings, WebhookSettings webhookSettings) {
        checkNotNull(desk, "desk");
        this.subscriptions = new InMemoryWebhookSubscriptions(desk.transactions);
        this.ports = new WebhookPorts(desk.ports, subscriptions, sender);
        this.webhooks = Webhooks.create(ports, webhookSettings, settings, InMemoryServiceDesk.validator(),
                new Random(19));
    }
}
