package org.itilhis.core.access;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.itilhis.core.shared.Role;

/**
 * An access policy as a role x permission matrix: in each cell the scopes in which the role
 * holds the permission (empty: not at all). What a hospital's privacy officer signs off, and
 * what {@code docs/access-matrix.md} publishes for the hospital default.
 */
public final class AccessMatrix {
    private final AccessPolicy policy;

    private AccessMatrix(AccessPolicy policy) {
        this.policy = policy;
    }

    public static AccessMatrix of(AccessPolicy policy) {
        return new AccessMatrix(checkNotNull(policy, "policy"));
    }

    /** The scopes in which {@code role} holds {@code permission}; empty when it does not. */
    public Set<Scope> scopes(Role role, Permission permission) {
        checkNotNull(role, "role");
        checkNotNull(permission, "permission");
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        policy.rules().stream().filter(rule -> rule.role() == role && rule.permission() == permission)
                .forEach(rule -> scopes.add(rule.scope()));
        return scopes;
    }

    /** The roles that hold at least one permission, in the order of {@link Role}. */
    public ImmutableList<Role> rolesWithPermissions() {
        return Arrays.stream(Role.values())
                .filter(role -> policy.rules().stream().anyMatch(rule -> rule.role() == role))
                .collect(ImmutableList.toImmutableList());
    }

    /**
     * The matrix as a Markdown table: a row per permission, a column per role holding any, each
     * cell the scopes ({@code any}, {@code own}, {@code group}) or a dash; then the roles that
     * hold none.
     */
    public String toMarkdown() {
        ImmutableList<Role> roles = rolesWithPermissions();
        StringBuilder out = new StringBuilder("| permission |");
        roles.forEach(role -> out.append(' ').append(name(role)).append(" |"));
        out.append("\n|---|");
        roles.forEach(role -> out.append(":---:|"));
        out.append('\n');
        for (Permission permission : Permission.values()) {
            out.append("| ").append(name(permission)).append(" |");
            for (Role role : roles) {
                Set<Scope> scopes = scopes(role, permission);
                out.append(' ').append(scopes.isEmpty() ? "-" : scopes.stream().map(AccessMatrix::name)
                        .collect(Collectors.joining(", "))).append(" |");
            }
            out.append('\n');
        }
        String without = Arrays.stream(Role.values()).filter(role -> !roles.contains(role)).map(AccessMatrix::name)
                .collect(Collectors.joining(", "));
        if (!without.isEmpty()) {
            out.append("\nRoles holding no permission: ").append(without).append(".\n");
        }
        return out.toString();
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
