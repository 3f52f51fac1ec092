/**
 * Notifications over HTTP: the relay's standing and dead letters ({@code /api/v1/notification-relay}),
 * the rules, templates, robots, preferences and webhook subscriptions.
 */
package org.itilhis.adapters.rest.notification;
