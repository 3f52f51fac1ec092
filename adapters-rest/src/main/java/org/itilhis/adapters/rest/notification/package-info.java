/**
 * Who gets what in the API: the notification rules, message templates, group robots and
 * people's preferences ({@code /api/v1/notification-rules}, {@code /notification-templates},
 * {@code /group-robots}, {@code /notification-preferences}).
 */
package org.itilhis.adapters.rest.notification;
