package org.itilhis.core.contact;

/** Where a contact stands: still open, or which of the three outcomes it had. */
public enum ContactStatus {
    OPEN,
    RESOLVED_AT_FIRST_CONTACT,
    RAISED_AS_TICKET,
    LINKED_TO_TICKET;

    public boolean isTerminal() {
        return this != OPEN;
    }
}
