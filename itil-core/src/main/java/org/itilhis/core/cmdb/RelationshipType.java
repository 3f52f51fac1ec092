package org.itilhis.core.cmdb;

/**
 * The kinds of relationship between configuration items, and which end needs the other, so
 * that a failure of the needed end impacts the needing end. For a relationship {@code A → B}:
 * runs on, depends on, installed on and uses mean A needs B (the HIS runs on a server, the
 * registration service uses the HIS); part of means B needs A (a server is part of a cluster:
 * the cluster needs its members); connected to is symmetric, a failure on either end impacts the
 * other. Which classes a type may join is data, held by {@link RelationshipRules}.
 */
public enum RelationshipType {
    /** An application or database runs on a server: the server's failure stops it. */
    RUNS_ON(Need.FROM_NEEDS_TO),
    /** A generic dependency: A cannot work without B. */
    DEPENDS_ON(Need.FROM_NEEDS_TO),
    /** A network link between two items; symmetric for impact. */
    CONNECTED_TO(Need.BOTH),
    /** Software installed on hardware. */
    INSTALLED_ON(Need.FROM_NEEDS_TO),
    /** A member is part of a whole, such as a server in a cluster: the whole needs its members. */
    PART_OF(Need.TO_NEEDS_FROM),
    /** A business service or application uses another item. */
    USES(Need.FROM_NEEDS_TO);

    /** Which end of a relationship {@code from → to} needs the other. */
    public enum Need {
        FROM_NEEDS_TO,
        TO_NEEDS_FROM,
        BOTH
    }

    private final Need need;

    RelationshipType(Need need) {
        this.need = need;
    }

    public Need need() {
        return need;
    }

    /** Whether the type has a direction; false for {@link #CONNECTED_TO}. */
    public boolean isDirected() {
        return need != Need.BOTH;
    }

    /** Whether the {@code from} end needs the {@code to} end. */
    public boolean fromNeedsTo() {
        return need != Need.TO_NEEDS_FROM;
    }

    /** Whether the {@code to} end needs the {@code from} end. */
    public boolean toNeedsFrom() {
        return need != Need.FROM_NEEDS_TO;
    }
}
