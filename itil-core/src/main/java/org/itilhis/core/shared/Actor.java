package org.itilhis.core.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * The person (or the system) on whose behalf a command runs. Adapters authenticate and
 * build the actor; whether the actor may do what the command asks is decided inside the
 * hexagon.
 *
 * <p><b>Origin.</b> Only the adapter that authenticated the actor knows where the request came
 * from, yet the application core records it (the personal-data read log,
 * {@code ports.common.PersonalDataReads}), so that reads through the Java API are recorded as
 * well as those over HTTP. The adapter therefore sets it on the actor it builds
 * ({@link #withOrigin(String)}): the REST adapter gives the client's network address as its
 * server saw it (the socket's remote address; behind a reverse proxy, the proxy's, since the
 * adapter trusts no forwarding header). An embedder calling the Java API sets what identifies
 * its caller (a workstation, an HIS session) or leaves it empty. The origin is part of the
 * actor's equality, like its roles: compare staff ids to ask whether two actors are one person.
 *
 * @param staffId who acts; recorded on every event the command produces
 * @param roles   at least one role
 * @param origin  where the request came from, as the adapter saw it (an IP address over
 *                HTTP), at most {@value #MAX_ORIGIN_LENGTH} characters, stripped; empty when
 *                unknown
 */
public record Actor(StaffId staffId, ImmutableSet<Role> roles, Optional<String> origin) {
    /** The longest origin kept (an IPv6 address with a zone fits). */
    public static final int MAX_ORIGIN_LENGTH = 100;

    /** The staff id under which timers and automatic rules act. */
    public static final StaffId SYSTEM_ID = StaffId.of("system");

    public Actor {
        checkNotNull(staffId, "staffId");
        checkNotNull(roles, "roles");
        checkArgument(!roles.isEmpty(), "actor %s has no role", staffId);
        checkNotNull(origin, "origin");
        origin = origin.map(String::strip);
        checkArgument(origin.map(o -> !o.isEmpty() && o.length() <= MAX_ORIGIN_LENGTH).orElse(true),
                "origin of actor %s is blank or longer than %s characters", staffId, (Object) MAX_ORIGIN_LENGTH);
    }

    /** An actor of unknown origin. */
    public Actor(StaffId staffId, ImmutableSet<Role> roles) {
        this(staffId, roles, Optional.empty());
    }

    /** This actor acting from {@code origin} (see the class comment). */
    public Actor withOrigin(String origin) {
        return new Actor(staffId, roles, Optional.of(checkNotNull(origin, "origin")));
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
