package org.itilhis.adapters.ldap;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.Role;

/**
 * What the adapter reads from the directory and how it becomes the library's staff: where
 * people and groups are, which attribute holds the staff id, the name, the department and
 * the extension, how membership is recorded, how a disabled account is told, and which LDAP
 * groups are assignment groups and which give roles. Immutable; start from the preset of your
 * directory and change what differs:
 * <pre>{@code
 * DirectoryMapping mapping = DirectoryMapping.activeDirectory("OU=Staff,DC=hospital,DC=example",
 *                 "OU=Groups,DC=hospital,DC=example")
 *         .staffIdAttribute("employeeNumber")
 *         .department("放射科", DepartmentId.of("radiology"))
 *         .group(GroupMapping.of("CN=IT-Desktop,OU=Groups,DC=hospital,DC=example",
 *                 GroupId.of("desktop-first-line"), SupportTier.FIRST_LINE))
 *         .role(RoleMapping.of("CN=IT-Leads,OU=Groups,DC=hospital,DC=example", Role.GROUP_LEAD))
 *         .defaultRoles(Role.REPORTER)
 *         .build();
 * }</pre>
 * Each builder method's name is the setting an {@link LdapDirectoryException} names.
 */
public final class DirectoryMapping {
    private final DN peopleBase;
    private final Filter peopleFilter;
    private final DN groupsBase;
    private final Filter groupsFilter;
    private final String staffIdAttribute;
    private final ImmutableList<String> nameAttributes;
    private final String departmentAttribute;
    private final ImmutableMap<String, DepartmentId> departments;
    private final Optional<DepartmentId> defaultDepartment;
    private final Optional<String> extensionAttribute;
    private final boolean membersOnGroups;
    private final String membershipAttribute;
    private final String leadAttribute;
    private final ImmutableList<String> groupNameAttributes;
    private final ImmutableList<GroupMapping> groups;
    private final ImmutableList<RoleMapping> roles;
    private final ImmutableSet<Role> defaultRoles;
    private final DisabledAccounts disabledAccounts;

    private DirectoryMapping(Builder builder) {
        peopleBase = builder.peopleBase;
        peopleFilter = builder.peopleFilter;
        groupsBase = builder.groupsBase;
        groupsFilter = builder.groupsFilter;
        staffIdAttribute = builder.staffIdAttribute;
        nameAttributes = builder.nameAttributes;
        departmentAttribute = builder.departmentAttribute;
        departments = ImmutableMap.copyOf(builder.departments);
        defaultDepartment = builder.defaultDepartment;
        extensionAttribute = builder.extensionAttribute;
        membersOnGroups = builder.membersOnGroups;
        membershipAttribute = builder.membershipAttribute;
        leadAttribute = builder.leadAttribute;
        groupNameAttributes = builder.groupNameAttributes;
        groups = ImmutableList.copyOf(builder.groups);
        roles = ImmutableList.copyOf(builder.roles);
        defaultRoles = builder.defaultRoles;
        disabledAccounts = builder.disabledAccounts;
    }

    /**
     * OpenLDAP, 389 Directory Server and the like: {@code inetOrgPerson} entries with the staff
     * id in {@code uid}, the name in {@code displayName} (else {@code cn}), the department in
     * {@code departmentNumber}, the extension in {@code telephoneNumber}; {@code groupOfNames}
     * groups listing their {@code member}s, led by their {@code owner}, named by their
     * {@code description} (else {@code cn}); leavers deleted.
     */
    public static Builder openLdap(String peopleBase, String groupsBase) {
        return new Builder(peopleBase, groupsBase)
                .peopleFilter("(objectClass=inetOrgPerson)")
                .groupsFilter("(objectClass=groupOfNames)")
                .staffIdAttribute("uid")
                .nameAttributes("displayName", "cn")
                .departmentAttribute("departmentNumber")
                .extensionAttribute("telephoneNumber")
                .membersFromGroups("member")
                .leadAttribute("owner")
                .groupNameAttributes("description", "cn")
                .disabledAccounts(DisabledAccounts.none());
    }

    /**
     * Active Directory: user accounts ({@code sAMAccountType=805306368}, no computers) with the
     * staff id in {@code sAMAccountName}, the name in {@code displayName} (else {@code cn}), the
     * department in {@code department}, the extension in {@code telephoneNumber}; membership
     * read from each person's {@code memberOf} (so groups of any size are read whole); groups
     * ({@code objectClass=group}) led by their {@code managedBy}, named by their
     * {@code description} (else {@code cn}); disabled accounts told by {@code userAccountControl}.
     */
    public static Builder activeDirectory(String peopleBase, String groupsBase) {
        return new Builder(peopleBase, groupsBase)
                .peopleFilter("(sAMAccountType=805306368)")
                .groupsFilter("(objectClass=group)")
                .staffIdAttribute("sAMAccountName")
                .nameAttributes("displayName", "cn")
                .departmentAttribute("department")
                .extensionAttribute("telephoneNumber")
                .membershipFromPeople("memberOf")
                .leadAttribute("managedBy")
                .groupNameAttributes("description", "cn")
                .disabledAccounts(DisabledAccounts.activeDirectoryFlag());
    }

    DN peopleBase() {
        return peopleBase;
    }

    Filter peopleFilter() {
        return peopleFilter;
    }

    DN groupsBase() {
        return groupsBase;
    }

    Filter groupsFilter() {
        return groupsFilter;
    }

    String staffIdAttribute() {
        return staffIdAttribute;
    }

    ImmutableList<String> nameAttributes() {
        return nameAttributes;
    }

    String departmentAttribute() {
        return departmentAttribute;
    }

    ImmutableMap<String, DepartmentId> departments() {
        return departments;
    }

    Optional<DepartmentId> defaultDepartment() {
        return defaultDepartment;
    }

    Optional<String> extensionAttribute() {
        return extensionAttribute;
    }

    /** Whether groups list their members ({@code member}), rather than people their groups ({@code memberOf}). */
    boolean membersOnGroups() {
        return membersOnGroups;
    }

    String membershipAttribute() {
        return membershipAttribute;
    }

    String leadAttribute() {
        return leadAttribute;
    }

    ImmutableList<String> groupNameAttributes() {
        return groupNameAttributes;
    }

    ImmutableList<GroupMapping> groups() {
        return groups;
    }

    ImmutableList<RoleMapping> roles() {
        return roles;
    }

    ImmutableSet<Role> defaultRoles() {
        return defaultRoles;
    }

    DisabledAccounts disabledAccounts() {
        return disabledAccounts;
    }

    /** The attributes asked for with each person. */
    String[] personAttributes() {
        Set<String> names = new LinkedHashSet<>();
        names.add(staffIdAttribute);
        names.addAll(nameAttributes);
        names.add(departmentAttribute);
        extensionAttribute.ifPresent(names::add);
        if (!membersOnGroups) {
            names.add(membershipAttribute);
        }
        names.addAll(disabledAccounts.attributes());
        return names.toArray(String[]::new);
    }

    /** The attributes asked for with each group. */
    String[] groupAttributes() {
        Set<String> names = new LinkedHashSet<>();
        if (membersOnGroups) {
            names.add(membershipAttribute);
        }
        names.add(leadAttribute);
        names.addAll(groupNameAttributes);
        return names.toArray(String[]::new);
    }

    /** Every attribute this mapping names, under the setting that names it, to be checked against the schema. */
    ImmutableListMultimap<String, String> attributesBySetting() {
        ImmutableListMultimap.Builder<String, String> attributes = ImmutableListMultimap.builder();
        attributes.put("staffIdAttribute", staffIdAttribute);
        attributes.putAll("nameAttributes", nameAttributes);
        attributes.put("departmentAttribute", departmentAttribute);
        extensionAttribute.ifPresent(name -> attributes.put("extensionAttribute", name));
        attributes.put(membersOnGroups ? "membersFromGroups" : "membershipFromPeople", membershipAttribute);
        attributes.put("leadAttribute", leadAttribute);
        attributes.putAll("groupNameAttributes", groupNameAttributes);
        attributes.putAll("disabledAccounts", disabledAccounts.attributes());
        return attributes.build();
    }

    /** Collects the mapping; see {@link #openLdap} and {@link #activeDirectory} for where it starts. */
    public static final class Builder {
        private final DN peopleBase;
        private final DN groupsBase;
        private Filter peopleFilter;
        private Filter groupsFilter;
        private String staffIdAttribute;
        private ImmutableList<String> nameAttributes;
        private String departmentAttribute;
        private final Map<String, DepartmentId> departments = new LinkedHashMap<>();
        private Optional<DepartmentId> defaultDepartment = Optional.empty();
        private Optional<String> extensionAttribute = Optional.empty();
        private boolean membersOnGroups;
        private String membershipAttribute;
        private String leadAttribute;
        private ImmutableList<String> groupNameAttributes;
        private final List<GroupMapping> groups = new ArrayList<>();
        private final List<RoleMapping> roles = new ArrayList<>();
        private ImmutableSet<Role> defaultRoles = ImmutableSet.of();
        private DisabledAccounts disabledAccounts;

        private Builder(String peopleBase, String groupsBase) {
            this.peopleBase = LdapSettings.parseDn("peopleBase", peopleBase);
            this.groupsBase = LdapSettings.parseDn("groupsBase", groupsBase);
        }

        /** Which entries under {@code peopleBase} (searched with its whole subtree) are people. */
        public Builder peopleFilter(String filter) {
            this.peopleFilter = filter("peopleFilter", filter);
            return this;
        }

        /** Which entries under {@code groupsBase} (searched with its whole subtree) are groups. */
        public Builder groupsFilter(String filter) {
            this.groupsFilter = filter("groupsFilter", filter);
            return this;
        }

        /**
         * The attribute holding the staff id the library knows people by ({@code employeeNumber},
         * {@code sAMAccountName}, {@code uid}); it must hold one value. Entries without it are left out.
         */
        public Builder staffIdAttribute(String attribute) {
            this.staffIdAttribute = attribute("staffIdAttribute", attribute);
            return this;
        }

        /** The attributes holding a person's name, the first present wins (for example {@code displayName}, {@code cn}). */
        public Builder nameAttributes(String... attributes) {
            this.nameAttributes = attributes("nameAttributes", attributes);
            return this;
        }

        /** The attribute holding a person's department ({@code departmentNumber}, {@code department}, {@code ou}). */
        public Builder departmentAttribute(String attribute) {
            this.departmentAttribute = attribute("departmentAttribute", attribute);
            return this;
        }

        /**
         * The department whose directory value is {@code ldapValue} (for example "放射科") is the
         * library's {@code department}; a value with no such line is taken as the id as it is.
         */
        public Builder department(String ldapValue, DepartmentId department) {
            checkNotNull(ldapValue, "departments");
            checkNotNull(department, "departments");
            this.departments.put(ldapValue.strip(), department);
            return this;
        }

        /** The department of a person whose entry names none; without it such a person is left out. */
        public Builder defaultDepartment(DepartmentId department) {
            this.defaultDepartment = Optional.of(checkNotNull(department, "defaultDepartment"));
            return this;
        }

        /** The attribute holding a person's phone extension ({@code telephoneNumber}). */
        public Builder extensionAttribute(String attribute) {
            this.extensionAttribute = Optional.of(attribute("extensionAttribute", attribute));
            return this;
        }

        /** People have no extension in the directory. */
        public Builder noExtension() {
            this.extensionAttribute = Optional.empty();
            return this;
        }

        /** Groups list their members' DNs in {@code attribute} ({@code member}, {@code uniqueMember}). */
        public Builder membersFromGroups(String attribute) {
            this.membersOnGroups = true;
            this.membershipAttribute = attribute("membersFromGroups", attribute);
            return this;
        }

        /** People list their groups' DNs in {@code attribute} (Active Directory's {@code memberOf}). */
        public Builder membershipFromPeople(String attribute) {
            this.membersOnGroups = false;
            this.membershipAttribute = attribute("membershipFromPeople", attribute);
            return this;
        }

        /** The group's attribute holding its lead's DN ({@code owner}, {@code managedBy}). */
        public Builder leadAttribute(String attribute) {
            this.leadAttribute = attribute("leadAttribute", attribute);
            return this;
        }

        /** The group's attributes holding its name, the first present wins. */
        public Builder groupNameAttributes(String... attributes) {
            this.groupNameAttributes = attributes("groupNameAttributes", attributes);
            return this;
        }

        /** An LDAP group that is an assignment group. */
        public Builder group(GroupMapping group) {
            checkNotNull(group, "groups");
            this.groups.add(group);
            return this;
        }

        /** An LDAP group whose members hold roles. */
        public Builder role(RoleMapping role) {
            checkNotNull(role, "roles");
            this.roles.add(role);
            return this;
        }

        /** The roles of every active person of the directory, usually {@link Role#REPORTER}. */
        public Builder defaultRoles(Role... roles) {
            ImmutableSet<Role> given = ImmutableSet.copyOf(roles);
            if (given.contains(Role.SYSTEM)) {
                throw new LdapDirectoryException("defaultRoles", "SYSTEM is the library's own role");
            }
            this.defaultRoles = given;
            return this;
        }

        public Builder disabledAccounts(DisabledAccounts disabled) {
            this.disabledAccounts = checkNotNull(disabled, "disabledAccounts");
            return this;
        }

        /**
         * The mapping.
         *
         * @throws LdapDirectoryException if a group or role is mapped from outside {@code groupsBase},
         *                                or one assignment group is mapped twice
         */
        public DirectoryMapping build() {
            Set<GroupId> ids = new HashSet<>();
            for (GroupMapping group : groups) {
                if (!ids.add(group.id())) {
                    throw new LdapDirectoryException("groups", "the assignment group " + group.id() + " is mapped twice");
                }
                underGroupsBase("groups", group.dn());
            }
            for (RoleMapping role : roles) {
                underGroupsBase("roles", role.dn());
            }
            return new DirectoryMapping(this);
        }

        private void underGroupsBase(String setting, DN group) {
            if (!group.isDescendantOf(groupsBase, false)) {
                throw new LdapDirectoryException(setting, "the LDAP group " + group + " is not under groupsBase " + groupsBase);
            }
        }

        private static Filter filter(String setting, String filter) {
            checkNotNull(filter, setting);
            try {
                return Filter.create(filter.strip());
            } catch (LDAPException e) {
                throw new LdapDirectoryException(setting, "'" + filter + "' is not an LDAP filter: " + e.getMessage(), e);
            }
        }

        private static String attribute(String setting, String attribute) {
            checkNotNull(attribute, setting);
            String name = attribute.strip();
            if (!Attribute.nameIsValid(name)) {
                throw new LdapDirectoryException(setting, "'" + attribute + "' is not an attribute name");
            }
            return name;
        }

        private static ImmutableList<String> attributes(String setting, String... attributes) {
            if (attributes.length == 0) {
                throw new LdapDirectoryException(setting, "name at least one attribute");
            }
            ImmutableList.Builder<String> names = ImmutableList.builder();
            for (String attribute : attributes) {
                names.add(attribute(setting, attribute));
            }
            return names.build();
        }
    }
}
