package org.itilhis.benchmarks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.itilhis.adapters.rest.auth.BearerTokenAuthenticator;
import org.itilhis.adapters.rest.auth.OidcTokenAuthenticator;
import org.itilhis.core.shared.Actor;
import org.itilhis.testkit.DemoHospital;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What signing a request in costs the REST adapter, per request, with the provider's key set
 * already fetched and cached (as it is but once every five minutes): {@link OidcTokenAuthenticator}
 * on a valid RS256 access token of 2048-bit RSA (parse, signature, issuer, audience, times, the
 * claims mapped to the actor, the demo staff directory asked), on the same token with a broken
 * signature (what a forger costs), and the static demo tokens' {@link BearerTokenAuthenticator}
 * (a SHA-256 and thirteen constant-time comparisons) for comparison.
 *
 * <p>The provider is a JDK {@link HttpServer} on loopback serving a discovery document and the
 * JWK set, so that the authenticator discovers and fetches its keys as it would from Keycloak.
 * Sample time, so JMH reports p50 and p99 per call.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class TokenValidationBenchmark {
    private static final String AUDIENCE = "itilhis";

    private HttpServer provider;
    private OidcTokenAuthenticator oidc;
    private BearerTokenAuthenticator demoTokens;
    private String validToken;
    private String forgedToken;
    private HttpHeaders demoToken;

    @Setup
    public void setUp() throws IOException, JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).generate();
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        URI issuer = URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/hospital");
        provider.createContext("/realms/hospital/.well-known/openid-configuration", exchange -> answer(exchange,
                "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\"}"));
        provider.createContext("/realms/hospital/protocol/openid-connect/certs",
                exchange -> answer(exchange, new JWKSet(key).toPublicJWKSet().toString()));
        provider.start();

        oidc = OidcTokenAuthenticator.builder().issuer(issuer).audience(AUDIENCE)
                .staffDirectory(DemoHospital.directory()).build();
        validToken = accessToken(key, issuer, DemoHospital.AGENT_CHEN);
        forgedToken = validToken.substring(0, validToken.length() - 8) + "AAAAAAAA";
        if (oidc.authenticate(validToken).isEmpty() || oidc.authenticate(forgedToken).isPresent()) {
            throw new IllegalStateException("the benchmark's tokens do not validate as they should");
        }

        BearerTokenAuthenticator.Builder tokens = BearerTokenAuthenticator.builder();
        DemoHospital.EVERYONE.forEach(actor -> tokens.grantToken("demo-token-" + actor.staffId().value(), actor));
        demoTokens = tokens.build();
        demoToken = authorization("Bearer demo-token-" + DemoHospital.AGENT_CHEN.staffId().value());
    }

    @TearDown
    public void stopProvider() {
        provider.stop(0);
    }

    @Benchmark
    public Optional<Actor> validRs256AccessToken() {
        return oidc.authenticate(validToken);
    }

    @Benchmark
    public Optional<Actor> forgedSignatureRefused() {
        return oidc.authenticate(forgedToken);
    }

    @Benchmark
    public Optional<Actor> staticDemoToken() {
        return demoTokens.authenticate(demoToken);
    }

    /** An access token as Keycloak issues it: an hour long, realm roles by name. */
    private static String accessToken(RSAKey key, URI issuer, Actor actor) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer.toString()).audience(AUDIENCE).subject(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1)))).jwtID(UUID.randomUUID().toString())
                .claim("preferred_username", actor.staffId().value())
                .claim("roles", actor.roles().stream().map(Enum::name).toList())
                .claim("scope", "openid profile email").claim("azp", "itilhis-desk-app")
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static void answer(HttpExchange exchange, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            out.write(body);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Request headers with only an Authorization header. */
    private static HttpHeaders authorization(String value) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getHeaderString")) {
                        return HttpHeaders.AUTHORIZATION.equalsIgnoreCase((String) args[0]) ? value : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
