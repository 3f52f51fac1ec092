/**
 * Driven ports of notifications: the relay's subscribers ({@link
 * org.itilhis.ports.notification.out.Subscriber}, which an embedder may implement to feed its own
 * system, a Kafka topic say) and its stores (positions, pending deliveries, dead letters), the
 * channels a message goes out on ({@link org.itilhis.ports.notification.out.MessageChannel}), the
 * webhook sender, the mailbox replies are read from, the stores of rules, preferences,
 * templates, robots and subscriptions, and the relay's metrics. Adapters prove themselves with
 * the test kit's contracts.
 */
package org.itilhis.ports.notification.out;
