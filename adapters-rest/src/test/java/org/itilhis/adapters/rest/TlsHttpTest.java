package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.itilhis.adapters.rest.auth.BearerTokenAuthenticator;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryIdempotencyStore;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API over https with TLS terminated by its own Jetty, for a key store made by the JDK's
 * keytool for 127.0.0.1 (a hospital's CA would issue the certificate).
 */
class TlsHttpTest {
    private static final Path KEY_STORE = Path.of("target", "tls-test-server.p12");
    private static final String PASSWORD = "hospital-ca-issued";

    private static RestServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        Files.deleteIfExists(KEY_STORE);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "itilhis", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", KEY_STORE.toString(), "-storepass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        server = RestServer.start(api(), "127.0.0.1", 0, RestServer.Capacity.DEFAULT,
                ServerTls.pkcs12(KEY_STORE, PASSWORD));
        client = HttpClient.newBuilder().sslContext(trusting(KEY_STORE)).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theApiAnswersOverHttpsWithStrictTransportSecurity() throws Exception {
        HttpResponse<String> reply = client.send(HttpRequest.newBuilder(server.baseUri().resolve("api/v1/queue"))
                .header("Authorization", "Bearer t").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(server.baseUri().getScheme()).isEqualTo("https");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }

    @Test
    void plainHttpOnTheTlsPortIsNotServed() throws InterruptedException {
        URI plain = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/health");
        int status;
        try {
            status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(plain).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException closed) {
            status = -1; // the connection closed without an answer
        }

        assertThat(status).as("the health endpoint answered over plain http").isNotEqualTo(200);
    }

    /**
     * A client on TLS 1.1 gets no connection. The JDK's client refuses 1.1 as well, so this shows
     * the outcome a hospital sees, not which side refused; the server's side is its setting
     * (TLS 1.3 and 1.2 only), and the negotiated protocol is checked below.
     */
    @Test
    void aClientOfferingOnlyTls11GetsNoConnection() throws Exception {
        SSLParameters old = new SSLParameters();
        old.setProtocols(new String[] {"TLSv1.1"});
        HttpClient legacy = HttpClient.newBuilder().sslContext(trusting(KEY_STORE)).sslParameters(old).build();

        assertThatThrownBy(() -> legacy.send(HttpRequest.newBuilder(server.baseUri().resolve("api/v1/health"))
                .build(), HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }

    @Test
    void theConnectionIsTls13WhenTheClientOffersIt() throws Exception {
        SSLContext context = trusting(KEY_STORE);
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) context.getSocketFactory()
                .createSocket("127.0.0.1", server.port())) {
            socket.startHandshake();

            assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.3");
        }
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused() {
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.baseUri().resolve("api/v1/health")).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void aKeyStoreThatIsNotThereIsRefusedNamingIt() {
        assertThatThrownBy(() -> ServerTls.pkcs12(Path.of("target", "no-such-store.p12"), PASSWORD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-store.p12");
        assertThat(ServerTls.pkcs12(KEY_STORE, PASSWORD).toString()).doesNotContain(PASSWORD);
    }

    @Test
    void aWrongKeyStorePasswordStopsTheStart() {
        assertThatThrownBy(() -> RestServer.start(api(), "127.0.0.1", 0, RestServer.Capacity.DEFAULT,
                ServerTls.pkcs12(KEY_STORE, "not-the-password"))).isInstanceOf(IllegalStateException.class);
    }

    private static SSLContext trusting(Path keyStore) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        KeyStore certificates = KeyStore.getInstance(KeyStore.getDefaultType());
        certificates.load(null, null);
        certificates.setCertificateEntry("server", trusted.getCertificate("itilhis"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(certificates);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static RestApi api() {
        InMemoryServiceDesk desk = DemoHospital.inMemory();
        return RestApi.builder().serviceDesk(desk.desk.desk()).tickets(desk.desk.tickets())
                .queries(desk.desk.queries()).contactQueries(desk.desk.contactQueries())
                .idempotency(new InMemoryIdempotencyStore(desk.transactions), desk.transactions)
                .authenticator(BearerTokenAuthenticator.builder().grantToken("t", AGENT_CHEN).build())
                .build();
    }

}
