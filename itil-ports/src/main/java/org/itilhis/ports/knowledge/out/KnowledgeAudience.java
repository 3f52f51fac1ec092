package org.itilhis.ports.knowledge.out;

/**
 * Who may read a knowledge document: the desk only, engineers (and the desk), or all staff.
 * A search names the audiences its reader may see; a reporter sees {@link #ALL_STAFF} only.
 */
public enum KnowledgeAudience {
    /** The service desk's agents only. */
    DESK,
    /** Engineers and the desk. */
    ENGINEERS,
    /** Everyone in the hospital, reporters included. */
    ALL_STAFF
}
