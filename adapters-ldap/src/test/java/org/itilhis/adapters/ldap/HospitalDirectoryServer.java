package org.itilhis.adapters.ldap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.itilhis.core.shared.Role;
import org.itilhis.core.ticket.SupportTier;
import org.itilhis.testkit.DemoHospital;

/**
 * UnboundID's in-memory directory server holding the demo hospital, for the tests: started on
 * a free port of the loopback interface, with a read-only service account whose password the
 * tests give the adapter in a file, and able to stop and start again on the same port (a
 * directory that goes down and comes back).
 */
final class HospitalDirectoryServer implements AutoCloseable {
    static final String BASE = "dc=hospital,dc=example";
    static final String PEOPLE = "ou=people," + BASE;
    static final String GROUPS = "ou=groups," + BASE;
    static final String ROLES = "ou=roles," + GROUPS;
    static final String AD_BASE = "DC=hospital,DC=example";
    static final String READER = "cn=itilhis-reader,ou=service-accounts," + BASE;

    final InMemoryDirectoryServer server;
    final String password;
    private final int port;

    private HospitalDirectoryServer(InMemoryDirectoryServer server, String password, int port) {
        this.server = server;
        this.password = password;
        this.port = port;
    }

    /** The OpenLDAP-shaped hospital of {@code hospital-openldap.ldif}, with the standard schema. */
    static HospitalDirectoryServer openLdap() {
        return start(BASE, standardSchema(), "hospital-openldap.ldif", config -> { });
    }

    /** The Active Directory-shaped hospital of {@code hospital-active-directory.ldif}, with the AD attributes in the schema. */
    static HospitalDirectoryServer activeDirectory() {
        Schema schema;
        try (InputStream in = resource("active-directory-schema.ldif")) {
            schema = Schema.mergeSchemas(Schema.getDefaultStandardSchema(), Schema.getSchema(in));
        } catch (IOException | LDIFException | LDAPException e) {
            throw new IllegalStateException("the AD test schema cannot be read", e);
        }
        return start(AD_BASE, schema, "hospital-active-directory.ldif", config -> { });
    }

    /** The OpenLDAP-shaped hospital on a server configured further by {@code configure}. */
    static HospitalDirectoryServer openLdap(Consumer<InMemoryDirectoryServerConfig> configure) {
        return start(BASE, standardSchema(), "hospital-openldap.ldif", configure);
    }

    /** An empty server with the standard schema, for tests that load their own entries. */
    static HospitalDirectoryServer empty() {
        return start(BASE, standardSchema(), null, config -> { });
    }

    private static Schema standardSchema() {
        try {
            return Schema.getDefaultStandardSchema();
        } catch (LDAPException e) {
            throw new IllegalStateException("the standard schema cannot be read", e);
        }
    }

    private static HospitalDirectoryServer start(String base, Schema schema, String ldif,
                                                 Consumer<InMemoryDirectoryServerConfig> configure) {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(base);
            config.setSchema(schema);
            int port = freePort();
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                    port, null));
            String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
            config.addAdditionalBindCredentials(READER, password);
            configure.accept(config);
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            if (ldif != null) {
                try (InputStream in = resource(ldif)) {
                    server.importFromLDIF(true, new LDIFReader(in));
                }
            }
            server.startListening();
            return new HospitalDirectoryServer(server, password, port);
        } catch (LDAPException | IOException e) {
            throw new IllegalStateException("the test directory cannot start", e);
        }
    }

    /**
     * The demo hospital's mapping over {@code hospital-openldap.ldif}: DemoHospital's five
     * assignment groups, roles from the groups under {@code ou=roles}, every person a reporter,
     * leavers marked {@code employeeType: left}.
     */
    static DirectoryMapping.Builder demoHospitalMapping() {
        return DirectoryMapping.openLdap(PEOPLE, GROUPS)
                .disabledAccounts(DisabledAccounts.matching("(employeeType=left)"))
                .group(GroupMapping.of("cn=service-desk," + GROUPS, DemoHospital.SERVICE_DESK, SupportTier.FIRST_LINE))
                .group(GroupMapping.of("cn=desktop-first-line," + GROUPS, DemoHospital.DESKTOP, SupportTier.FIRST_LINE))
                .group(GroupMapping.of("cn=his-second-line," + GROUPS, DemoHospital.HIS_SUPPORT, SupportTier.SECOND_LINE))
                .group(GroupMapping.of("cn=network-second-line," + GROUPS, DemoHospital.NETWORK, SupportTier.SECOND_LINE)
                        .withFallbackLead(DemoHospital.DIRECTOR_GAO.staffId()))
                .group(GroupMapping.of("cn=his-vendor," + GROUPS, DemoHospital.HIS_VENDOR, SupportTier.VENDOR))
                .role(RoleMapping.of("cn=itil-service-desk-agents," + ROLES, Role.SERVICE_DESK_AGENT))
                .role(RoleMapping.of("cn=itil-first-line-engineers," + ROLES, Role.FIRST_LINE_ENGINEER))
                .role(RoleMapping.of("cn=itil-second-line-engineers," + ROLES, Role.SECOND_LINE_ENGINEER))
                .role(RoleMapping.of("cn=itil-group-leads," + ROLES, Role.GROUP_LEAD))
                .role(RoleMapping.of("cn=itil-directors," + ROLES, Role.IT_DIRECTOR))
                .role(RoleMapping.of("cn=itil-configuration-managers," + ROLES, Role.CONFIGURATION_MANAGER))
                .defaultRoles(Role.REPORTER);
    }

    String url() {
        return "ldap://127.0.0.1:" + port;
    }

    /** Settings reaching this server as the read-only account, its password in a file under {@code dir}. */
    LdapSettings.Builder settings(Path dir) {
        return LdapSettings.builder().urls(url()).bindDn(READER)
                .bindPassword(PasswordSource.file(passwordFile(dir)));
    }

    Path passwordFile(Path dir) {
        try {
            Path file = Files.createTempFile(dir, "ldap-password", ".txt");
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory goes down: connections are closed and no new ones are accepted. */
    void stop() {
        server.shutDown(true);
    }

    /** The directory is back, on the same port. */
    void restart() throws LDAPException {
        server.startListening();
    }

    /** Deletes every entry below {@code dn}, keeping {@code dn}. */
    void deleteChildrenOf(String dn) throws LDAPException {
        List<String> children = new ArrayList<>();
        server.search(dn, SearchScope.ONE, "(objectClass=*)")
                .getSearchEntries().forEach(entry -> children.add(entry.getDN()));
        for (String child : children) {
            server.deleteSubtree(child);
        }
    }

    @Override
    public void close() {
        server.shutDown(true);
    }

    private static InputStream resource(String name) {
        InputStream in = HospitalDirectoryServer.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the test class path");
        }
        return in;
    }

    /** A port nobody listens on right now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
