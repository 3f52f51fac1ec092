package org.itilhis.adapters.jdbc;

import org.itilhis.testkit.contract.WebhookSubscriptionRepositoryContract;
import org.itilhis.testkit.database.DatabaseServer;

/** The webhook subscriptions' contract of the test kit, and the webhook events in the log, on the JDBC adapters over MariaDB. */
class MariaDbWebhookContractsIT extends WebhookContractIT implements WebhookSubscriptionRepositoryContract {
    @Override
    protected DatabaseServer database() {
        return DatabaseServer.MARIADB;
    }
}
