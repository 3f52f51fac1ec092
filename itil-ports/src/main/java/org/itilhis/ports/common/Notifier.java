package org.itilhis.ports.common;

/**
 * Tells people about what concerns them (an assignment, an escalation, a resolution):
 * WeCom, DingTalk, SMS or e-mail adapters implement it. Called after the change is
 * committed; a failure to notify never undoes the change.
 *
 * <p>What the service desk sends today: the engineer an assignment names (or the group's
 * lead when it names none), the lead of a group a ticket is escalated to or whose lead is
 * asked for, the lead of the group holding a major incident or a ticket whose SLA target is
 * at risk or missed, and the caller when their ticket is resolved or they are updated on it.
 * The topic is the event type ({@code ticket.assigned}, {@code sla.threshold-crossed}...),
 * the reference the ticket number; more topics come as practices are added.
 *
 * <p>An implementation:
 * <ul>
 *   <li>accepts every notification, whatever its topic: one that renders its own message
 *       for the topics it knows sends the {@link Notification#text() text} for the others;</li>
 *   <li>skips, and returns normally for, a recipient it has no channel for (no account, no
 *       address, unknown to it): that is not a failure;</li>
 *   <li>may throw a {@link RuntimeException} when a delivery fails; the caller logs it and
 *       goes on, never retrying and never undoing the change;</li>
 *   <li>is called from several threads at once (requests, the SLA monitor).</li>
 * </ul>
 * The callers' duty, not the notifier's: never call it inside an open
 * {@link Transactions#inTransaction transaction}, so that nobody hears of a change that
 * then rolls back and a slow channel holds no database locks.
 * {@code org.itilhis.testkit.contract.NotifierContract} checks an implementation.
 */
public interface Notifier {
    void notify(Notification notification);
}
