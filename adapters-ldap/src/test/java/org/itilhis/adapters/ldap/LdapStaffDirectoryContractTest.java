package org.itilhis.adapters.ldap;

import static org.itilhis.adapters.ldap.HospitalDirectoryServer.BASE;
import static org.itilhis.adapters.ldap.HospitalDirectoryServer.GROUPS;
import static org.itilhis.adapters.ldap.HospitalDirectoryServer.PEOPLE;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import java.nio.file.Path;
import java.util.List;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.common.StaffMember;
import org.itilhis.testkit.contract.StaffDirectoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staff directory contract on LDAP: the contract's people become {@code inetOrgPerson}
 * entries, its groups {@code groupOfNames} with {@code owner} and {@code member}, written to
 * the in-memory directory server, and the adapter reads them with the OpenLDAP preset.
 */
class LdapStaffDirectoryContractTest implements StaffDirectoryContract {
    static HospitalDirectoryServer ldap;
    @TempDir
    static Path dir;
    LdapStaffDirectory directory;

    @BeforeAll
    static void startServer() {
        ldap = HospitalDirectoryServer.empty();
    }

    @AfterAll
    static void stopServer() {
        ldap.close();
    }

    @AfterEach
    void closeDirectory() {
        directory.close();
    }

    @Override
    public StaffDirectory directoryHolding(List<StaffMember> people, List<AssignmentGroup> groups) {
        DirectoryMapping.Builder mapping = DirectoryMapping.openLdap(PEOPLE, GROUPS);
        try {
            ldap.server.clear();
            ldap.server.add("dn: " + BASE, "objectClass: domain", "dc: hospital");
            ldap.server.add("dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
            ldap.server.add("dn: " + GROUPS, "objectClass: organizationalUnit", "ou: groups");
            for (StaffMember person : people) {
                Entry entry = new Entry(personDn(person.id().value()));
                entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson");
                entry.addAttribute("uid", person.id().value());
                entry.addAttribute("cn", person.name());
                entry.addAttribute("sn", person.name());
                entry.addAttribute("displayName", person.name());
                entry.addAttribute("departmentNumber", person.department().value());
                person.extension().ifPresent(extension -> entry.addAttribute("telephoneNumber", extension));
                ldap.server.add(entry);
            }
            for (AssignmentGroup group : groups) {
                Entry entry = new Entry("cn=" + group.id().value() + "," + GROUPS);
                entry.addAttribute("objectClass", "top", "groupOfNames");
                entry.addAttribute("cn", group.id().value());
                entry.addAttribute("description", group.name());
                entry.addAttribute("owner", personDn(group.lead().value()));
                group.members().forEach(member -> entry.addAttribute("member", personDn(member.value())));
                ldap.server.add(entry);
                mapping.group(GroupMapping.of(entry.getDN(), group.id(), group.tier()));
            }
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("the contract's staff cannot be written to the directory", e);
        }
        directory = LdapStaffDirectory.start(ldap.settings(dir).build(), mapping.build());
        return directory;
    }

    private static String personDn(String staffId) {
        return "uid=" + staffId + "," + PEOPLE;
    }
}
