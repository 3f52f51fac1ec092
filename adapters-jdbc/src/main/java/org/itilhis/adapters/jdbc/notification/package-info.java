/**
 * Notifications on JDBC: the relay's positions and pending deliveries (V33), the rules,
 * preferences, templates, robots and webhook subscriptions.
 */
package org.itilhis.adapters.jdbc.notification;
