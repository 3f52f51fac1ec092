package org.itilhis.core.stock;

/** Whom or what stock is issued to. */
public enum RecipientKind {
    /** A member of staff, by staff id. */
    PERSON,
    /** A department, by department id. */
    DEPARTMENT,
    /** A ticket, by ticket number. */
    TICKET,
    /** A repair record, by its id. */
    REPAIR
}
