package org.itilhis.adapters.jdbc.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.adapters.jdbc.common.JdbcStoreParts;

/** The webhooks' registration in a JDBC storage: their subscriptions, built from the parts every practice shares. */
public final class JdbcWebhookStores {
    private final JdbcWebhookSubscriptions subscriptions;

    public JdbcWebhookStores(JdbcStoreParts parts) {
        checkNotNull(parts, "parts");
        this.subscriptions = new JdbcWebhookSubscriptions(parts);
    }

    public JdbcWebhookSubscriptions subscriptions() {
        return subscriptions;
    }
}
