package org.itilhis.adapters.ldap;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.unboundid.ldap.sdk.DN;
import java.util.List;
import org.itilhis.core.shared.Role;

/**
 * The roles every member of one LDAP group holds, for example the hospital's
 * {@code itil-group-leads} group giving {@link Role#GROUP_LEAD}. Read them with
 * {@link LdapStaffDirectory#rolesOf}. {@link Role#SYSTEM} is the library's own and is never
 * given from the directory.
 *
 * @param ldapGroup the LDAP group's DN, under the mapping's {@code groupsBase}
 */
public record RoleMapping(String ldapGroup, ImmutableSet<Role> roles) {
    public RoleMapping {
        LdapSettings.parseDn("roles", ldapGroup);
        checkNotNull(roles, "roles");
        if (roles.isEmpty()) {
            throw new LdapDirectoryException("roles", "the LDAP group " + ldapGroup + " is given no role");
        }
        if (roles.contains(Role.SYSTEM)) {
            throw new LdapDirectoryException("roles", "SYSTEM is the library's own role and never comes from the directory");
        }
    }

    public static RoleMapping of(String ldapGroup, Role first, Role... others) {
        return new RoleMapping(ldapGroup, ImmutableSet.<Role>builder().add(first).addAll(List.of(others)).build());
    }

    DN dn() {
        return LdapSettings.parseDn("roles", ldapGroup);
    }
}
