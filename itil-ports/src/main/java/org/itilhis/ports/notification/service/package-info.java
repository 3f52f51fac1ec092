/**
 * The application services of notifications: the outbox relay that follows the event log and
 * hands each event to every subscriber at least once, in order per record; the subscribers the
 * library brings (people's notifications by rule and preference on each channel, one per webhook
 * subscription); the replies by e-mail; the facade that wires them from their ports.
 */
package org.itilhis.ports.notification.service;
