/**
 * Notifications over HTTP: the webhook subscriptions ({@code /api/v1/webhook-subscriptions}).
 */
package org.itilhis.adapters.rest.notification;
