package org.itilhis.examples;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The hospital's LDAP directory in the example's tests: UnboundID's in-memory directory server
 * on a free loopback port holding {@code hospital-openldap.ldif} (the demo hospital, a leaver
 * and agent S0002, whom only the directory knows), with a read-only service account whose
 * password the example reads from a file.
 */
final class HospitalDirectory implements AutoCloseable {
    static final String BASE = "dc=hospital,dc=example";
    static final String PEOPLE = "ou=people," + BASE;
    static final String GROUPS = "ou=groups," + BASE;
    static final String READER = "cn=itilhis-reader,ou=service-accounts," + BASE;

    private final InMemoryDirectoryServer server;
    final String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));

    HospitalDirectory() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setSchema(Schema.getDefaultStandardSchema());
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                    0, null));
            config.addAdditionalBindCredentials(READER, password);
            server = new InMemoryDirectoryServer(config);
            try (InputStream in = HospitalDirectory.class.getResourceAsStream("/hospital-openldap.ldif")) {
                server.importFromLDIF(true, new LDIFReader(in));
            }
            server.startListening();
        } catch (LDAPException | IOException e) {
            throw new IllegalStateException("the test directory cannot start", e);
        }
    }

    String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    /** The example's settings reaching this directory as the read-only account, its password in a file under {@code dir}. */
    Map<String, String> settings(Path dir) {
        return Map.of("ITILHIS_LDAP_URL", url(), "ITILHIS_LDAP_BIND_DN", READER,
                "ITILHIS_LDAP_BIND_PASSWORD_FILE", passwordFile(dir).toString(),
                "ITILHIS_LDAP_PEOPLE_BASE", PEOPLE, "ITILHIS_LDAP_GROUPS_BASE", GROUPS,
                "ITILHIS_LDAP_LEAVERS_FILTER", "(employeeType=left)");
    }

    private Path passwordFile(Path dir) {
        try {
            return Files.writeString(dir.resolve("ldap-password"), password + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The person with staff id {@code uid} leaves: their entry is deleted. */
    void delete(String uid) throws LDAPException {
        server.delete("uid=" + uid + "," + PEOPLE);
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
