package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.itilhis.adapters.rest.http.RateLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** https, a rate limit and the schema's owner, each off unless a hospital sets it, and refused when half set. */
class HardeningSettingsTest {
    private static final String PASSWORD = "from-the-hospital-ca";

    @TempDir
    Path data;

    private ServerConfiguration configuration(Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(Map.of("ITILHIS_PORT", "0", "ITILHIS_DATA_DIR", data.toString()));
        settings.putAll(more);
        return ServerConfiguration.of(settings);
    }

    @Test
    void nothingIsHardenedUnlessSet() {
        assertThat(configuration(Map.of()).hardening()).isEqualTo(HardeningSettings.NONE);
        assertThat(HardeningSettings.NONE.describe())
                .isEqualTo("https: no (plain http); rate limit: none; schema owner: the database user");
    }

    @Test
    void aRateLimitIsRequestsAMinuteWithAsManyAtOnce() {
        RateLimit limit = configuration(Map.of("ITILHIS_RATE_LIMIT_PER_MINUTE", "120")).hardening().rateLimit()
                .orElseThrow();

        assertThat(limit.requestsPerSecond()).isEqualTo(2.0);
        assertThat(limit.burst()).isEqualTo(120);
        assertThatThrownBy(() -> configuration(Map.of("ITILHIS_RATE_LIMIT_PER_MINUTE", "-1")))
                .hasMessageContaining("ITILHIS_RATE_LIMIT_PER_MINUTE");
        assertThatThrownBy(() -> configuration(Map.of("ITILHIS_RATE_LIMIT_PER_MINUTE", "many")))
                .hasMessageContaining("ITILHIS_RATE_LIMIT_PER_MINUTE");
    }

    @Test
    void theSchemaOwnerTakesItsPasswordFromAFileAndNeverShowsIt() throws IOException {
        Path secret = Files.writeString(data.resolve("owner-password"), "0wner secret\n");

        HardeningSettings hardening = configuration(Map.of("ITILHIS_DB_OWNER_USER", "itilhis_owner",
                "ITILHIS_DB_OWNER_PASSWORD_FILE", secret.toString())).hardening();

        assertThat(hardening.databaseOwner().orElseThrow().password()).isEqualTo("0wner secret");
        assertThat(hardening.describe()).endsWith("schema owner: itilhis_owner").doesNotContain("secret");
        assertThat(hardening.toString()).doesNotContain("secret");
        assertThatThrownBy(() -> configuration(Map.of("ITILHIS_DB_OWNER_PASSWORD_FILE", secret.toString())))
                .hasMessageContaining("ITILHIS_DB_OWNER_USER");
    }

    @Test
    void aKeyStoreWithoutItsPasswordOrThatIsNotThereIsRefusedNamingTheSetting() throws Exception {
        Path keyStore = keyStore();
        Path password = Files.writeString(data.resolve("tls-password"), PASSWORD);

        assertThatThrownBy(() -> configuration(Map.of("ITILHIS_TLS_KEYSTORE", keyStore.toString())))
                .hasMessageContaining("ITILHIS_TLS_KEYSTORE_PASSWORD_FILE");
        assertThatThrownBy(() -> configuration(Map.of("ITILHIS_TLS_KEYSTORE", data.resolve("none.p12").toString(),
                "ITILHIS_TLS_KEYSTORE_PASSWORD_FILE", password.toString())))
                .hasMessageContaining("ITILHIS_TLS_KEYSTORE").hasMessageContaining("none.p12");
        assertThatThrownBy(() -> configuration(Map.of("ITILHIS_TLS_KEYSTORE_PASSWORD_FILE", password.toString())))
                .hasMessageContaining("without ITILHIS_TLS_KEYSTORE");
    }

    @Test
    void withAKeyStoreTheServiceDeskSpeaksHttpsOnlyAndSaysSo() throws Exception {
        Path keyStore = keyStore();
        Path password = Files.writeString(data.resolve("tls-password"), PASSWORD + "\n");

        try (HospitalServiceDesk desk = HospitalServiceDesk.start(configuration(Map.of(
                "ITILHIS_TLS_KEYSTORE", keyStore.toString(), "ITILHIS_TLS_KEYSTORE_PASSWORD_FILE", password.toString(),
                "ITILHIS_RATE_LIMIT_PER_MINUTE", "600")))) {
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(keyStore)).build();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(desk.apiUri().resolve("v1/health"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(desk.apiUri().getScheme()).isEqualTo("https");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Strict-Transport-Security")).isPresent();
        }
    }

    /** A key store for 127.0.0.1 made by the JDK's keytool, as a hospital's CA would issue one. */
    private Path keyStore() throws Exception {
        Path keyStore = data.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "itilhis", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        return keyStore;
    }

    private static SSLContext trusting(Path keyStore) throws Exception {
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            server.load(in, PASSWORD.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("server", server.getCertificate("itilhis"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
