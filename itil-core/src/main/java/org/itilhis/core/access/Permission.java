package org.itilhis.core.access;

/** Each thing an actor can ask the library to do or to show. */
public enum Permission {
    /**
     * See a ticket: its facts, its work and its history. Every other permission on a ticket
     * needs this one too, in the same scope: whoever may not see a ticket is told it does not exist.
     */
    VIEW_TICKET,
    VIEW_QUEUE,
    LOG_CONTACT,
    RESOLVE_AT_FIRST_CONTACT,
    RAISE_TICKET,
    LINK_CONTACT,
    ASSIGN,
    ACCEPT,
    START,
    HOLD,
    RESUME,
    ESCALATE,
    ESCALATE_TO_LEAD,
    RESOLVE,
    CONFIRM,
    REOPEN,
    CLOSE,
    CANCEL,
    ADD_WORK_LOG,
    RATE,
    REPRIORITISE,
    OVERRIDE_PRIORITY,
    DECLARE_MAJOR_INCIDENT,
    /**
     * Read the SLA reports, the tickets at risk and the SLA configuration; a ticket's own
     * clocks need only the right to view the ticket, the service-level queue that to view the queue.
     */
    VIEW_SLA,
    /** Change the service catalogue, its SLAs and the business calendars. */
    MANAGE_SLA,
    /** Read the CMDB: items, their history, relationships and impact. */
    VIEW_CMDB,
    /** Register and change configuration items, their relationships and lifecycle; import them. */
    MANAGE_CMDB,
    /** Record which items an incident or service request affects (on a ticket the actor may see). */
    RECORD_AFFECTED_CI,
    /**
     * Verify the audit trail: recompute the hash chain of the event log and learn where it was
     * changed, if anywhere (ADR 0013). It reveals no event's content, only positions.
     */
    VERIFY_AUDIT_TRAIL,
    /**
     * See who called about a ticket and where from: the caller, their location and the
     * contacts linked to the ticket. Without it a ticket's view withholds them.
     */
    VIEW_CALLER_CONTACT,
    /**
     * See the internal work of a ticket: work-log entries not marked for the caller. Without
     * it a ticket's view and history show only what was written for the caller.
     */
    VIEW_INTERNAL_NOTES,
    /** Read the audit of personal-data reads: who read which ticket or contact, when, from where. */
    VIEW_PERSONAL_DATA_READS
}
