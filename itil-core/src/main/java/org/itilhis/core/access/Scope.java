package org.itilhis.core.access;

/** Which records a rule covers. */
public enum Scope {
    /** Every record. */
    ANY,
    /** Records where the actor is the caller. */
    OWN,
    /** Records owned by one of the actor's assignment groups, or assigned to the actor. */
    GROUP
}
