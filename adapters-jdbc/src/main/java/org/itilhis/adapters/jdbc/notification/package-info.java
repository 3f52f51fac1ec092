/**
 * Notifications on JDBC: the relay's positions and pending deliveries, the rules, preferences,
 * templates and group robots, the webhook subscriptions and the log of the mails of the replies
 * mailbox the library handled, each with its registration ({@code Jdbc*Stores}).
 */
package org.itilhis.adapters.jdbc.notification;
