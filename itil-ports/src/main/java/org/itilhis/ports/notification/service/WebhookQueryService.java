package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.itilhis.core.access.Permission;
import org.itilhis.core.notification.WebhookId;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.notification.in.WebhookNotFoundException;
import org.itilhis.ports.notification.in.WebhookQueries;
import org.itilhis.ports.notification.in.WebhookView;

/** Reads the subscriptions for those who may view notifications. */
final class WebhookQueryService implements WebhookQueries {
    private final WebhookPorts ports;
    private final WebhookAccess access;

    WebhookQueryService(WebhookPorts ports, WebhookAccess access) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
    }

    @Override
    public WebhookView webhook(Actor actor, WebhookId id) {
        checkNotNull(id, "id");
        access.check(checkNotNull(actor, "actor"), Permission.VIEW_NOTIFICATIONS, id.toString());
        return ports.subscriptions().find(id).map(WebhookView::of).orElseThrow(() -> new WebhookNotFoundException(id));
    }

    @Override
    public List<WebhookView> webhooks(Actor actor) {
        access.check(checkNotNull(actor, "actor"), Permission.VIEW_NOTIFICATIONS, "webhooks");
        return ports.subscriptions().all().stream().map(WebhookView::of).toList();
    }
}
