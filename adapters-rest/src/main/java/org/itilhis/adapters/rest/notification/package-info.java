/**
 * Notifications over HTTP: the resources of the relay, the rules, templates, robots,
 * preferences and webhook subscriptions, and the list of refused replies by e-mail.
 */
package org.itilhis.adapters.rest.notification;
