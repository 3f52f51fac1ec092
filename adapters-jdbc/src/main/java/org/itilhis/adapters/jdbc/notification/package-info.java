/**
 * Notifications on JDBC: the webhook subscriptions ({@link
 * org.itilhis.adapters.jdbc.notification.JdbcWebhookStores}).
 */
package org.itilhis.adapters.jdbc.notification;
