package org.itilhis.ports.common;

/**
 * Tells people about what concerns them: the hospital's own directory of people (its SMS
 * gateway, its paging system, a log) implements it. Two kinds of callers:
 *
 * <ul>
 *   <li><b>The notification relay, at least once.</b> The ticket and SLA notifications (the
 *       engineer an assignment names or the group's lead, the lead of a group a ticket is
 *       escalated to, whose lead is asked for or which holds a major incident or a ticket
 *       whose SLA target is at risk or missed, the caller when their ticket is resolved or they
 *       are updated on it) follow the event log through the relay's {@code notify:directory}
 *       subscriber ({@link org.itilhis.ports.notification.service.PeopleNotifications}), by the
 *       hospital's notification rules, for every person who has no notification preference of
 *       their own (those with one get e-mail or SMS on its channel instead). A notification may
 *       come again after a failure, a retry or a node failing over; when it throws, the relay
 *       tries the event again later with backoff.</li>
 *   <li><b>The other practices, at most once, after their commit.</b> The handover's missing
 *       parts, a stock item below its reorder level, a missed inspection round, an unexpected
 *       machine room visitor and the like: the caller logs a failure and goes on, never
 *       retrying and never undoing the change.</li>
 * </ul>
 * The topic is the event type ({@code ticket.assigned}, {@code sla.threshold-crossed}...), the
 * reference the record's number.
 *
 * <p>An implementation:
 * <ul>
 *   <li>accepts every notification, whatever its topic: one that renders its own message
 *       for the topics it knows sends the {@link Notification#text() text} for the others;</li>
 *   <li>skips, and returns normally for, a recipient it has no channel for (no account, no
 *       address, unknown to it): that is not a failure;</li>
 *   <li>may throw a {@link RuntimeException} when a delivery fails (the relay retries, the
 *       other callers log it);</li>
 *   <li>tolerates the same notification twice (the relay's at least once);</li>
 *   <li>is called from several threads at once (the relay, requests, the timers).</li>
 * </ul>
 * The callers' duty, not the notifier's: never call it inside an open
 * {@link Transactions#inTransaction transaction}, so that nobody hears of a change that
 * then rolls back and a slow channel holds no database locks.
 * {@code org.itilhis.testkit.contract.NotifierContract} checks an implementation.
 */
public interface Notifier {
    void notify(Notification notification);
}
