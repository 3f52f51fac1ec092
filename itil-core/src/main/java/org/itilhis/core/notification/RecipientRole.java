package org.itilhis.core.notification;

/**
 * Whom a notification rule tells of an event, relative to the record the event is about.
 */
public enum RecipientRole {
    /** The engineer the event (or the ticket) names; the lead of its group when it names none. */
    ASSIGNEE,
    /** The lead of the group the event names (escalated to, assigned to), else of the ticket's group. */
    GROUP_LEAD,
    /** The person who called in the ticket. */
    CALLER,
    /** The group's chat, through its WeCom or DingTalk robot. */
    GROUP_CHAT
}
