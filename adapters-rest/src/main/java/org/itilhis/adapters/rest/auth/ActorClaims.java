package org.itilhis.adapters.rest.auth;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.Role;
import org.itilhis.core.shared.StaffId;

/**
 * How the claims of a validated token become the {@link Actor} a request runs for: which claim
 * holds the hospital's staff number, and which claims list the person's roles or groups at the
 * identity provider, and which of those names grant which {@link Role} of this library.
 *
 * <p>A claim is named as the provider issues it ({@code preferred_username}, {@code employee_id},
 * {@code http://schemas.microsoft.com/ws/2008/06/identity/claims/role}); a name with dots that is
 * not itself a claim is a path into nested claims ({@code realm_access.roles} of Keycloak). A
 * roles claim may hold a list of names or one string of names separated by blanks.
 *
 * <p>Without an explicit mapping ({@link Builder#role}), a name grants the role it spells in any
 * case, with {@code -} for {@code _} ({@code service-desk-agent}); {@link Role#SYSTEM} is never
 * granted that way. With a mapping, only the mapped names count: the provider's other groups
 * grant nothing. Assignment groups are not taken from the token: the services read them from
 * the staff directory by the staff id, as for every other actor.
 */
public final class ActorClaims {
    public static final String DEFAULT_STAFF_ID_CLAIM = "preferred_username";
    public static final String DEFAULT_ROLES_CLAIM = "roles";

    private static final Splitter BLANKS = Splitter.onPattern("\\s+").omitEmptyStrings();

    private final String staffIdClaim;
    private final ImmutableList<String> rolesClaims;
    private final ImmutableSetMultimap<String, Role> roleNames;
    private final ImmutableSet<Role> rolesOfEveryone;
    private final Function<StaffId, ? extends Set<Role>> rolesFromDirectory;

    private ActorClaims(Builder builder) {
        this.staffIdClaim = builder.staffIdClaim;
        this.rolesClaims = ImmutableList.copyOf(builder.rolesClaims);
        this.roleNames = builder.roleNames.build();
        this.rolesOfEveryone = ImmutableSet.copyOf(builder.rolesOfEveryone);
        this.rolesFromDirectory = builder.rolesFromDirectory;
    }

    /** The staff id in {@value #DEFAULT_STAFF_ID_CLAIM}, the roles by their names in {@value #DEFAULT_ROLES_CLAIM}. */
    public static ActorClaims byDefault() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The actor the claims name, or the reason there is none: the staff id claim is missing or
     * not a staff id, or no role is granted.
     */
    public Outcome actorOf(Map<String, Object> claims) {
        checkNotNull(claims, "claims");
        Object staffNumber = claim(claims, staffIdClaim);
        if (!(staffNumber instanceof String) && !(staffNumber instanceof Number)) {
            return new Outcome.Refused("claim " + staffIdClaim + " is missing or not a string");
        }
        StaffId staffId;
        try {
            staffId = StaffId.of(staffNumber.toString());
        } catch (IllegalArgumentException notAStaffId) {
            return new Outcome.Refused("claim " + staffIdClaim + " is blank or longer than 64 characters");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(rolesOfEveryone);
        if (rolesFromDirectory != null) {
            roles.addAll(rolesFromDirectory.apply(staffId));
            roles.remove(Role.SYSTEM);
            if (roles.isEmpty()) {
                return new Outcome.Refused("the directory grants the person no role of this service");
            }
            return new Outcome.Mapped(Actor.of(staffId, roles));
        }
        for (String rolesClaim : rolesClaims) {
            names(claim(claims, rolesClaim)).forEach(name -> roles.addAll(rolesNamed(name)));
        }
        if (roles.isEmpty()) {
            return new Outcome.Refused("no name in " + rolesClaims + " grants a role of this service");
        }
        return new Outcome.Mapped(Actor.of(staffId, roles));
    }

    private Set<Role> rolesNamed(String name) {
        if (!roleNames.isEmpty()) {
            return roleNames.get(name);
        }
        String spelled = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(Role.values())
                .filter(role -> role != Role.SYSTEM && role.name().equals(spelled))
                .collect(ImmutableSet.toImmutableSet());
    }

    /** The claim {@code name}, or the nested claim it is a dotted path to, or {@code null}. */
    private static Object claim(Map<String, Object> claims, String name) {
        if (claims.containsKey(name) || name.indexOf('.') < 0) {
            return claims.get(name);
        }
        Object value = claims;
        for (String step : Splitter.on('.').split(name)) {
            if (!(value instanceof Map<?, ?> object)) {
                return null;
            }
            value = object.get(step);
        }
        return value;
    }

    private static ImmutableList<String> names(Object value) {
        if (value instanceof String text) {
            return ImmutableList.copyOf(BLANKS.split(text));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast)
                    .collect(ImmutableList.toImmutableList());
        }
        return ImmutableList.of();
    }

    /** What the claims of one token come to. */
    public sealed interface Outcome {
        /** The actor the token signs in. */
        record Mapped(Actor actor) implements Outcome {
            public Mapped {
                checkNotNull(actor, "actor");
            }
        }

        /**
         * No actor: {@code reason} names the claim and what is wrong with it, never the claim's
         * value (it may be personal data), so that it can be logged.
         */
        record Refused(String reason) implements Outcome {
            public Refused {
                checkNotNull(reason, "reason");
            }
        }
    }

    /** Collects the claims and the mapping; every setting has the default {@link #byDefault()} names. */
    public static final class Builder {
        private String staffIdClaim = DEFAULT_STAFF_ID_CLAIM;
        private ImmutableList<String> rolesClaims = ImmutableList.of(DEFAULT_ROLES_CLAIM);
        private final ImmutableSetMultimap.Builder<String, Role> roleNames = ImmutableSetMultimap.builder();
        private Set<Role> rolesOfEveryone = EnumSet.noneOf(Role.class);
        private Function<StaffId, ? extends Set<Role>> rolesFromDirectory;

        private Builder() {
        }

        /**
         * The roles come from the hospital's directory by the staff id (its groups, say
         * {@code LdapStaffDirectory::rolesOf}), not from the token: the roles claims are then
         * not read, and a person the directory grants no role (a leaver) is refused. For
         * providers whose tokens carry no roles, and hospitals that keep roles in the directory.
         */
        public Builder rolesFromDirectory(Function<StaffId, ? extends Set<Role>> roles) {
            this.rolesFromDirectory = checkNotNull(roles, "roles");
            return this;
        }

        /** The claim whose value is the person's staff number ({@code employee_id}, say). */
        public Builder staffIdClaim(String claim) {
            this.staffIdClaim = checkClaim(claim, "staffIdClaim");
            return this;
        }

        /** The claims listing the person's roles or groups at the provider, read together. */
        public Builder rolesClaims(String... claims) {
            checkArgument(claims.length > 0, "rolesClaims: name at least one claim");
            this.rolesClaims = Arrays.stream(claims).map(claim -> checkClaim(claim, "rolesClaims"))
                    .collect(ImmutableList.toImmutableList());
            return this;
        }

        /**
         * The provider's role or group {@code name} grants {@code roles}; once any name is mapped,
         * unmapped names grant nothing.
         */
        public Builder role(String name, Role... roles) {
            checkArgument(!checkNotNull(name, "name").isBlank(), "role: the provider's name is blank");
            checkArgument(roles.length > 0, "role %s: map it to at least one role", name);
            roleNames.putAll(name, Arrays.asList(roles));
            return this;
        }

        /**
         * Roles every signed-in person has whatever the token lists ({@link Role#REPORTER}, so that
         * any member of staff can report a problem); none by default, so a token granting no role is
         * refused.
         */
        public Builder rolesOfEveryone(Role... roles) {
            this.rolesOfEveryone = EnumSet.noneOf(Role.class);
            rolesOfEveryone.addAll(Arrays.asList(roles));
            return this;
        }

        private static String checkClaim(String claim, String setting) {
            checkArgument(claim != null && !claim.isBlank(), "%s: the claim name is blank", setting);
            return claim.strip();
        }

        public ActorClaims build() {
            return new ActorClaims(this);
        }
    }
}
