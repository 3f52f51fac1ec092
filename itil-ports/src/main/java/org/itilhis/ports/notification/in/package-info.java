/**
 * Driving ports of notifications: the use cases, commands, queries and views of the relay
 * (its subscribers, lag and dead letters, replay and skip), the notification rules, templates
 * and group robots, people's preferences, webhook subscriptions and replies by e-mail.
 */
package org.itilhis.ports.notification.in;
