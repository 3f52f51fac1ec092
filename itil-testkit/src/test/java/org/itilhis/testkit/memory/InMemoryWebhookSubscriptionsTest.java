package org.itilhis.testkit.memory;

import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.notification.out.WebhookSubscriptionRepository;
import org.itilhis.testkit.contract.WebhookSubscriptionRepositoryContract;

class InMemoryWebhookSubscriptionsTest implements WebhookSubscriptionRepositoryContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions(transactions);

    @Override
    public WebhookSubscriptionRepository webhookSubscriptions() {
        return subscriptions;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
