package org.itilhis.adapters.ldap;

import com.google.common.collect.HashMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.SetMultimap;
import com.google.common.collect.Sets;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itilhis.adapters.ldap.RefreshResult.LeftOut;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.Role;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.StaffMember;

/**
 * Turns the entries of one reading into a {@link DirectorySnapshot}: people who are active and
 * have a staff id and a department, the mapped groups with the active people among their
 * members and their lead, and the roles the role groups and the defaults give. An entry or a
 * value the adapter cannot use is left out and counted, never guessed at; membership through
 * nested groups is not followed.
 */
final class SnapshotAssembler {
    private final DirectoryMapping mapping;

    SnapshotAssembler(DirectoryMapping mapping) {
        this.mapping = mapping;
    }

    DirectorySnapshot assemble(List<? extends Entry> peopleEntries, List<? extends Entry> groupEntries, Instant at) {
        Map<LeftOut, Integer> leftOut = new EnumMap<>(LeftOut.class);
        List<String> problems = new ArrayList<>();
        Map<StaffId, List<Entry>> candidates = new LinkedHashMap<>();
        for (Entry entry : peopleEntries) {
            if (mapping.disabledAccounts().isDisabled(entry)) {
                leftOut.merge(LeftOut.DISABLED, 1, Integer::sum);
                continue;
            }
            staffId(entry, leftOut).ifPresent(id -> candidates.computeIfAbsent(id, key -> new ArrayList<>()).add(entry));
        }

        Map<StaffId, StaffMember> people = new LinkedHashMap<>();
        Map<DN, StaffId> byDn = new HashMap<>();
        SetMultimap<DN, StaffId> memberOf = HashMultimap.create();
        for (Map.Entry<StaffId, List<Entry>> candidate : candidates.entrySet()) {
            StaffId id = candidate.getKey();
            if (candidate.getValue().size() > 1) {
                leftOut.merge(LeftOut.DUPLICATE_STAFF_ID, candidate.getValue().size(), Integer::sum);
                problems.add("staff id " + id + " is held by " + candidate.getValue().size() + " entries; none is taken");
                continue;
            }
            Entry entry = candidate.getValue().get(0);
            Optional<DN> dn = dnOf(entry.getDN());
            Optional<DepartmentId> department = department(entry, leftOut);
            if (dn.isEmpty() || department.isEmpty()) {
                continue;
            }
            people.put(id, new StaffMember(id, name(entry, id), department.get(), extension(entry)));
            byDn.put(dn.get(), id);
            if (!mapping.membersOnGroups()) {
                for (String group : values(entry, mapping.membershipAttribute())) {
                    dnOf(group).ifPresent(groupDn -> memberOf.put(groupDn, id));
                }
            }
        }

        Map<DN, Entry> groupsByDn = new HashMap<>();
        for (Entry group : groupEntries) {
            dnOf(group.getDN()).ifPresent(dn -> groupsByDn.put(dn, group));
        }
        Members members = new Members(groupsByDn, byDn, memberOf, problems);

        Map<GroupId, AssignmentGroup> groups = new LinkedHashMap<>();
        ImmutableSetMultimap.Builder<StaffId, GroupId> groupsOf = ImmutableSetMultimap.builder();
        for (GroupMapping group : mapping.groups()) {
            assignmentGroup(group, groupsByDn, members, byDn, people, problems).ifPresent(found -> {
                groups.put(found.id(), found);
                found.members().forEach(member -> groupsOf.put(member, found.id()));
            });
        }

        ImmutableSetMultimap.Builder<StaffId, Role> roles = ImmutableSetMultimap.builder();
        for (StaffId person : people.keySet()) {
            roles.putAll(person, mapping.defaultRoles());
        }
        for (RoleMapping role : mapping.roles()) {
            members.of(role.dn(), "role group " + role.ldapGroup())
                    .ifPresent(holders -> holders.forEach(holder -> roles.putAll(holder, role.roles())));
        }

        return new DirectorySnapshot(ImmutableMap.copyOf(people), ImmutableMap.copyOf(groups), groupsOf.build(),
                roles.build(), ImmutableMap.copyOf(leftOut), ImmutableList.copyOf(problems), at);
    }

    private Optional<AssignmentGroup> assignmentGroup(GroupMapping group, Map<DN, Entry> groupsByDn, Members members,
                                                      Map<DN, StaffId> byDn, Map<StaffId, StaffMember> people,
                                                      List<String> problems) {
        Optional<Set<StaffId>> found = members.of(group.dn(), "assignment group " + group.id());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Entry entry = groupsByDn.get(group.dn());
        Optional<StaffId> lead = dnOf(entry.getAttributeValue(mapping.leadAttribute())).map(byDn::get)
                .or(() -> group.fallbackLead().filter(people::containsKey));
        if (lead.isEmpty()) {
            problems.add("assignment group " + group.id() + " is left out: its " + mapping.leadAttribute()
                    + " names no active member of staff, and no fallback lead in the directory is mapped");
            return Optional.empty();
        }
        String name = firstValue(entry, mapping.groupNameAttributes()).orElse(group.id().value());
        return Optional.of(new AssignmentGroup(group.id(), name, group.tier(), lead.get(),
                ImmutableSet.<StaffId>builder().add(lead.get()).addAll(found.get()).build()));
    }

    /** Who belongs to an LDAP group, from its member attribute or from the people's memberOf. */
    private final class Members {
        private final Map<DN, Entry> groupsByDn;
        private final Map<DN, StaffId> byDn;
        private final SetMultimap<DN, StaffId> memberOf;
        private final List<String> problems;

        Members(Map<DN, Entry> groupsByDn, Map<DN, StaffId> byDn, SetMultimap<DN, StaffId> memberOf,
                List<String> problems) {
            this.groupsByDn = groupsByDn;
            this.byDn = byDn;
            this.memberOf = memberOf;
            this.problems = problems;
        }

        /** The active people in {@code group}, or empty (with a problem noted) if the group was not read whole. */
        Optional<Set<StaffId>> of(DN group, String what) {
            Entry entry = groupsByDn.get(group);
            if (entry == null) {
                problems.add(what + " is left out: its LDAP group " + group
                        + " is not among the groups under groupsBase that groupsFilter matches");
                return Optional.empty();
            }
            if (!mapping.membersOnGroups()) {
                return Optional.of(new LinkedHashSet<>(memberOf.get(group)));
            }
            if (!entry.getAttributesWithOptions(mapping.membershipAttribute(), null).stream()
                    .allMatch(attribute -> attribute.getOptions().isEmpty())) {
                problems.add(what + " is left out: the server sends its " + mapping.membershipAttribute()
                        + " values in ranges; read membership from the people (membershipFromPeople)");
                return Optional.empty();
            }
            Set<StaffId> found = new LinkedHashSet<>();
            for (String member : values(entry, mapping.membershipAttribute())) {
                dnOf(member).map(byDn::get).ifPresent(found::add);
            }
            return Optional.of(found);
        }
    }

    private Optional<StaffId> staffId(Entry entry, Map<LeftOut, Integer> leftOut) {
        Set<String> ids = Sets.newLinkedHashSet(List.of(values(entry, mapping.staffIdAttribute())));
        if (ids.isEmpty()) {
            leftOut.merge(LeftOut.NO_STAFF_ID, 1, Integer::sum);
            return Optional.empty();
        }
        try {
            if (ids.size() == 1) {
                StaffId id = StaffId.of(ids.iterator().next());
                if (!id.equals(Actor.SYSTEM_ID)) {
                    return Optional.of(id);
                }
            }
        } catch (IllegalArgumentException e) {
            // blank or too long: counted below, its value not logged
        }
        leftOut.merge(LeftOut.INVALID_STAFF_ID, 1, Integer::sum);
        return Optional.empty();
    }

    private Optional<DepartmentId> department(Entry entry, Map<LeftOut, Integer> leftOut) {
        Optional<String> value = firstValue(entry, List.of(mapping.departmentAttribute()));
        if (value.isEmpty()) {
            if (mapping.defaultDepartment().isEmpty()) {
                leftOut.merge(LeftOut.NO_DEPARTMENT, 1, Integer::sum);
            }
            return mapping.defaultDepartment();
        }
        DepartmentId mapped = mapping.departments().get(value.get());
        if (mapped != null) {
            return Optional.of(mapped);
        }
        try {
            return Optional.of(DepartmentId.of(value.get()));
        } catch (IllegalArgumentException e) {
            leftOut.merge(LeftOut.INVALID_DEPARTMENT, 1, Integer::sum);
            return Optional.empty();
        }
    }

    private String name(Entry entry, StaffId id) {
        return firstValue(entry, mapping.nameAttributes()).orElse(id.value());
    }

    private Optional<String> extension(Entry entry) {
        return mapping.extensionAttribute().flatMap(attribute -> firstValue(entry, List.of(attribute)));
    }

    /** The first non-blank value, stripped, of the first of {@code attributes} that has one. */
    private static Optional<String> firstValue(Entry entry, List<String> attributes) {
        for (String attribute : attributes) {
            for (String value : values(entry, attribute)) {
                if (!value.isBlank()) {
                    return Optional.of(value.strip());
                }
            }
        }
        return Optional.empty();
    }

    private static String[] values(Entry entry, String attribute) {
        String[] values = entry.getAttributeValues(attribute);
        return values == null ? new String[0] : values;
    }

    /** {@code dn} parsed (so that equal DNs in other spellings compare equal), or empty if it is none. */
    private static Optional<DN> dnOf(String dn) {
        if (dn == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DN(dn));
        } catch (LDAPException e) {
            return Optional.empty();
        }
    }
}
