package org.itilhis.core.knowledge;

import org.itilhis.core.access.Permission;

/**
 * Who may read a knowledge article or document: the desk only, engineers (and the desk), or all
 * staff. Each audience is read with a permission of its own ({@link #viewPermission()}), so the
 * access table says who reads what: under the hospital default a reporter reads
 * {@link #ALL_STAFF} articles only, an engineer those and {@link #ENGINEERS}' ones, the desk all
 * three. A search names the audiences its reader may see.
 */
public enum KnowledgeAudience {
    /** The service desk's agents only (scripts, callers' quirks, internal numbers). */
    DESK,
    /** Engineers and the desk. */
    ENGINEERS,
    /** Everyone in the hospital, reporters included. */
    ALL_STAFF;

    /** The permission that reads articles written for this audience. */
    public Permission viewPermission() {
        return switch (this) {
            case DESK -> Permission.VIEW_DESK_ARTICLES;
            case ENGINEERS -> Permission.VIEW_ENGINEER_ARTICLES;
            case ALL_STAFF -> Permission.VIEW_ARTICLE;
        };
    }
}
