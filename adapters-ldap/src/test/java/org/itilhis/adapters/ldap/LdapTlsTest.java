package org.itilhis.adapters.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import com.unboundid.util.ssl.cert.ManageCertificates;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import org.itilhis.core.shared.StaffId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directory over TLS: {@code ldaps://} and StartTLS against a server with a self-signed
 * certificate for {@code localhost} made for the test, trusted through the trust store
 * setting. Without it the JVM's default trust refuses the server, a host name the certificate
 * does not name is refused too, and the refusals name the trust store.
 */
class LdapTlsTest {
    @TempDir
    static Path dir;
    static HospitalDirectoryServer ldap;
    static int ldapsPort;
    static int startTlsPort;
    /** A listener whose certificate, trusted too, names another host. */
    static int elsewherePort;
    static Path trustStore;
    static Path trustStorePassword;

    @BeforeAll
    static void startServerWithCertificates() throws Exception {
        char[] keyStorePassword = "server-key-store-password".toCharArray();
        Path keyStorePasswordFile = dir.resolve("server.pin");
        Files.writeString(keyStorePasswordFile, new String(keyStorePassword), StandardCharsets.UTF_8);
        Path keyStore = dir.resolve("server.p12");
        generateCertificate(keyStore, keyStorePasswordFile, "localhost", "localhost");
        generateCertificate(keyStore, keyStorePasswordFile, "elsewhere", "directory.elsewhere.example");
        trustStore = trustStoreWithTheCertificatesOf(keyStore, keyStorePassword, "localhost", "elsewhere");
        SSLUtil localhostTls = serverTls(keyStore, keyStorePassword, "localhost");
        SSLUtil elsewhereTls = serverTls(keyStore, keyStorePassword, "elsewhere");
        ldapsPort = HospitalDirectoryServer.freePort();
        startTlsPort = HospitalDirectoryServer.freePort();
        elsewherePort = HospitalDirectoryServer.freePort();
        ldap = HospitalDirectoryServer.openLdap(config -> {
            try {
                config.setListenerConfigs(
                        InMemoryListenerConfig.createLDAPSConfig("ldaps", InetAddress.getLoopbackAddress(), ldapsPort,
                                localhostTls.createSSLServerSocketFactory(), null),
                        InMemoryListenerConfig.createLDAPConfig("ldap-starttls", InetAddress.getLoopbackAddress(),
                                startTlsPort, localhostTls.createSSLSocketFactory()),
                        InMemoryListenerConfig.createLDAPSConfig("ldaps-elsewhere", InetAddress.getLoopbackAddress(),
                                elsewherePort, elsewhereTls.createSSLServerSocketFactory(), null));
            } catch (LDAPException | GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A self-signed certificate for {@code host} under {@code alias} in {@code keyStore}. */
    private static void generateCertificate(Path keyStore, Path passwordFile, String alias, String host) {
        ResultCode generated = ManageCertificates.main(null, OutputStream.nullOutputStream(), OutputStream.nullOutputStream(),
                "generate-self-signed-certificate", "--keystore", keyStore.toString(), "--keystore-type", "PKCS12",
                "--keystore-password-file", passwordFile.toString(), "--alias", alias,
                "--subject-dn", "CN=" + host + ",OU=itilhis-ldap-test", "--subject-alternative-name-dns", host);
        assertThat(generated).as("certificate for %s", host).isEqualTo(ResultCode.SUCCESS);
    }

    private static SSLUtil serverTls(Path keyStore, char[] password, String alias) throws Exception {
        return new SSLUtil(new KeyStoreKeyManager(keyStore.toFile(), password, "PKCS12", alias), new TrustAllTrustManager());
    }

    /** A trust store as a hospital would hand out: certificates only, with a password in a file. */
    private static Path trustStoreWithTheCertificatesOf(Path keyStore, char[] keyStorePassword, String... aliases)
            throws Exception {
        KeyStore server = KeyStore.getInstance(keyStore.toFile(), keyStorePassword);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        for (String alias : aliases) {
            trusted.setCertificateEntry(alias, server.getCertificate(alias));
        }
        char[] password = "trust-store-password".toCharArray();
        trustStorePassword = dir.resolve("trust-store.pin");
        Files.writeString(trustStorePassword, new String(password) + "\n", StandardCharsets.UTF_8);
        Path file = dir.resolve("directory-trust.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            trusted.store(out, password);
        }
        return file;
    }

    @AfterAll
    static void stop() {
        ldap.close();
    }

    @Test
    void readsTheDirectoryOverLdapsWithTheServersCertificateTrusted() {
        try (LdapStaffDirectory directory = LdapStaffDirectory.start(trusting(ldap.settings(dir)
                .urls("ldaps://localhost:" + ldapsPort)).build(), HospitalDirectoryServer.demoHospitalMapping().build())) {
            assertThat(directory.member(StaffId.of("N1001"))).isPresent();
        }
    }

    @Test
    void readsTheDirectoryOverStartTls() {
        try (LdapStaffDirectory directory = LdapStaffDirectory.start(trusting(ldap.settings(dir)
                        .urls("ldap://localhost:" + startTlsPort).startTls(true)).build(),
                HospitalDirectoryServer.demoHospitalMapping().build())) {
            assertThat(directory.member(StaffId.of("N1001"))).isPresent();
        }
    }

    @Test
    void aServerWhoseCertificateDoesNotNameTheHostIsRefused() {
        Throwable refused = catchThrowable(() -> LdapStaffDirectory.start(trusting(ldap.settings(dir)
                .urls("ldaps://localhost:" + elsewherePort)).build(), HospitalDirectoryServer.demoHospitalMapping().build()));

        assertThat(refused).isInstanceOf(LdapDirectoryException.class).hasMessageStartingWith("trustStore: ")
                .hasMessageContaining("does not name the host");
    }

    @Test
    void aServerTheTrustStoreDoesNotVouchForIsRefusedNamingTheTrustStore() {
        Throwable refused = catchThrowable(() -> LdapStaffDirectory.start(ldap.settings(dir)
                .urls("ldaps://localhost:" + ldapsPort).build(), HospitalDirectoryServer.demoHospitalMapping().build()));

        assertThat(refused).isInstanceOf(LdapDirectoryException.class).hasMessageStartingWith("trustStore: ");
    }

    @Test
    void aTrustStoreThatCannotBeOpenedIsNamed() throws Exception {
        Path wrong = dir.resolve("wrong-trust-store-password");
        Files.writeString(wrong, "not-its-password", StandardCharsets.UTF_8);

        Throwable refused = catchThrowable(() -> LdapStaffDirectory.start(ldap.settings(dir)
                        .urls("ldaps://localhost:" + ldapsPort).trustStore(trustStore)
                        .trustStorePassword(PasswordSource.file(wrong)).build(),
                HospitalDirectoryServer.demoHospitalMapping().build()));

        assertThat(refused).isInstanceOf(LdapDirectoryException.class)
                .hasMessageStartingWith("trustStore: the file " + trustStore + " cannot be read");
    }

    private static LdapSettings.Builder trusting(LdapSettings.Builder settings) {
        return settings.trustStore(trustStore).trustStorePassword(PasswordSource.file(trustStorePassword));
    }
}
