/**
 * Notifications (issue 19): who hears of which event and how. The rules as data (event type,
 * priority, group, recipient role), people's preferences (channel, address, language, quiet
 * hours that a P1 ignores), the channels, the delivery backoff, the webhook subscriptions with
 * their secrets; no I/O here, the channels are adapters.
 */
package org.itilhis.core.notification;
