package org.itilhis.core.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;

/**
 * The person (or the system) on whose behalf a command runs. Adapters authenticate and
 * build the actor; whether the actor may do what the command asks is decided inside the
 * hexagon.
 *
 * @param staffId who acts; recorded on every event the command produces
 * @param roles   at least one role
 */
public record Actor(StaffId staffId, ImmutableSet<Role> roles) {

    /** The staff id under which timers and automatic rules act. */
    public static final StaffId SYSTEM_ID = StaffId.of("system");

    public Actor {
        checkNotNull(staffId, "staffId");
        checkNotNull(roles, "roles");
        checkArgument(!roles.isEmpty(), "actor %s has no role", staffId);
    }

    public static Actor of(StaffId staffId, Iterable<Role> roles) {
        return new Actor(staffId, ImmutableSet.copyOf(roles));
    }

    public static Actor of(String staffId, Role... roles) {
        return new Actor(StaffId.of(staffId), ImmutableSet.copyOf(roles));
    }

    /** The library acting on its own (automatic closure after the quiet period). */
    public static Actor system() {
        return new Actor(SYSTEM_ID, ImmutableSet.of(Role.SYSTEM));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
