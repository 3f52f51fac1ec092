package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A typed relationship {@code from → to} between two configuration items, read as "from runs
 * on to", "from is part of to" and so on; {@link RelationshipType} says which end needs the
 * other, so which way a failure travels.
 */
public record Relationship(CiId from, RelationshipType type, CiId to) {
    public Relationship {
        checkNotNull(from, "from");
        checkNotNull(type, "type");
        checkNotNull(to, "to");
        checkArgument(!from.equals(to), "a configuration item cannot be related to itself: %s", from);
    }

    /** The other end of this relationship, seen from {@code end}. */
    public CiId otherEnd(CiId end) {
        checkArgument(end.equals(from) || end.equals(to), "%s is not an end of %s", end, this);
        return end.equals(from) ? to : from;
    }

    @Override
    public String toString() {
        return from + " " + type + " " + to;
    }
}
