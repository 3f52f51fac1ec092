package org.itilhis.core.notification;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * The library's own notification rules, in force while a hospital has stored none: exactly who
 * was told before notifications became data. The engineer an assignment names (its group's lead
 * when it names none), the lead of the group a ticket is escalated to, the lead on an escalation
 * to the lead, on a major incident and on an SLA threshold crossed, and the caller when their
 * ticket is resolved or they are updated on it (the update's message is the point, so that rule
 * carries the free text).
 */
public final class NotificationRules {
    private static final ImmutableList<NotificationRule> HOSPITAL_DEFAULT = ImmutableList.of(
            rule("ticket.assigned", RecipientRole.ASSIGNEE, false),
            rule("ticket.escalated", RecipientRole.GROUP_LEAD, false),
            rule("ticket.escalated-to-lead", RecipientRole.GROUP_LEAD, false),
            rule("ticket.major-incident-declared", RecipientRole.GROUP_LEAD, false),
            rule("ticket.resolved", RecipientRole.CALLER, false),
            rule("ticket.caller-updated", RecipientRole.CALLER, true),
            rule("sla.threshold-crossed", RecipientRole.GROUP_LEAD, false));

    private NotificationRules() {
    }

    /** The default rules, one per event type told of today, for any priority and any group. */
    public static ImmutableList<NotificationRule> hospitalDefault() {
        return HOSPITAL_DEFAULT;
    }

    private static NotificationRule rule(String eventType, RecipientRole recipient, boolean freeText) {
        return new NotificationRule(eventType, ImmutableSet.of(), Optional.empty(), recipient, freeText);
    }
}
