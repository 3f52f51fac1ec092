package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.HospitalIdentityProvider.AUDIENCE;
import static org.itilhis.adapters.rest.HospitalIdentityProvider.LIFETIME_SECONDS;
import static org.itilhis.adapters.rest.HospitalIdentityProvider.REALM;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.adapters.rest.auth.OidcTokenAuthenticator;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.Role;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signing in with the hospital's OpenID Connect provider, over HTTP against a real provider
 * ({@link HospitalIdentityProvider}): its tokens sign the desk's people in, and every token that
 * is expired, not yet valid, for another service or issuer, unsigned, tampered with or signed by
 * a key the provider does not publish gets the same 401 problem, which tells the client nothing
 * of why. A key rotation at the provider is picked up without restarting the API.
 */
class OidcSignInHttpTest {
    private static final String INVALID_TOKEN_CHALLENGE = "Bearer realm=\"itilhis\", error=\"invalid_token\"";

    private static HospitalIdentityProvider sso;
    private static RunningApi api;

    @BeforeAll
    static void start() {
        sso = new HospitalIdentityProvider();
        api = RunningApi.signingInWith(OidcTokenAuthenticator.builder()
                .issuer(sso.issuer())
                .audience(AUDIENCE)
                .staffDirectory(DemoHospital.directory())
                // generous: the first request fetches the discovery document and the key set, and a
                // build machine under load may take longer than the 2 s default to answer them
                .timeout(Duration.ofSeconds(30))
                .build());
    }

    @AfterEach
    void realTimeAgain() {
        sso.clockShiftedBy(Duration.ZERO);
    }

    @AfterAll
    static void stop() {
        api.close();
        sso.close();
    }

    @Test
    void theProvidersTokenSignsTheAgentInAndTheCoreActsForTheStaffIdItNames() {
        String token = sso.tokenFor(AGENT_CHEN);

        RunningApi.Reply queue = api.get("/api/v1/queue").header("Authorization", "Bearer " + token).send();
        RunningApi.Reply logged = api.post("/api/v1/contacts").header("Authorization", "Bearer " + token)
                .json(Desk.contact(NURSE_WANG, "ward-5-east", "Label printer offline")).send();

        assertThat(queue.status()).as("%s", queue).isEqualTo(200);
        assertThat(logged.status()).as("%s", logged).isEqualTo(201);
        assertThat(logged.json().get("loggedBy").asText()).isEqualTo(AGENT_CHEN.staffId().value());
    }

    @Test
    void aTokenExpiredLessThanTheClockSkewAgoStillSignsIn() {
        sso.clockShiftedBy(Duration.ofSeconds(-LIFETIME_SECONDS - 20));
        String expiredTwentySecondsAgo = sso.tokenFor(AGENT_CHEN);

        assertThat(queueAs(expiredTwentySecondsAgo).status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        sso.clockShiftedBy(Duration.ofSeconds(-LIFETIME_SECONDS - 120));

        refused(sso.tokenFor(AGENT_CHEN));
    }

    @Test
    void aTokenNotValidYetIsRefused() {
        sso.clockShiftedBy(Duration.ofMinutes(10));
        String fromTheFuture = sso.tokenFor(AGENT_CHEN);

        assertThat(claims(fromTheFuture).getNotBeforeTime()).isInTheFuture();
        refused(fromTheFuture);
    }

    @Test
    void aTokenForAnotherServiceIsRefused() {
        refused(sso.token(REALM, "pharmacy-system", HospitalIdentityProvider.claimsOf(AGENT_CHEN)));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefusedThoughSignedByTheSameKey() {
        refused(sso.token("research-realm", AUDIENCE, HospitalIdentityProvider.claimsOf(AGENT_CHEN)));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String unsigned = new PlainJWT(claims(sso.tokenFor(AGENT_CHEN))).serialize();

        assertThat(unsigned).startsWith("eyJhbGciOiJub25lIn0.");
        refused(unsigned);
    }

    @Test
    void aTokenWithATamperedPayloadIsRefused() throws ParseException {
        String[] parts = sso.tokenFor(NURSE_WANG).split("\\.");
        JWTClaimsSet promoted = new JWTClaimsSet.Builder(JWTClaimsSet.parse(Base64URL.from(parts[1]).decodeToString()))
                .claim("roles", List.of(Role.IT_DIRECTOR.name())).build();
        String tampered = parts[0] + "." + Base64URL.encode(promoted.toString()) + "." + parts[2];

        refused(tampered);
    }

    @Test
    void aTokenWithATamperedSignatureIsRefused() {
        String token = sso.tokenFor(AGENT_CHEN);
        int last = token.length() - 10;
        String tampered = token.substring(0, last) + (token.charAt(last) == 'A' ? 'B' : 'A') + token.substring(last + 1);

        refused(tampered);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefusedWhateverKidItClaims() throws JOSEException {
        JWTClaimsSet claims = claims(sso.tokenFor(AGENT_CHEN));

        refused(signed(claims, HospitalIdentityProvider.newRsaKey("unknown-kid")));
        refused(signed(claims, HospitalIdentityProvider.newRsaKey(sso.signingKey().getKeyID())));
    }

    /** The classic confusion: HS256 keyed with the provider's public key, which anyone can fetch. */
    @Test
    void aTokenMacedWithTheProvidersPublicKeyIsRefused() throws JOSEException {
        SignedJWT maced = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(sso.signingKey().getKeyID())
                .build(), claims(sso.tokenFor(AGENT_CHEN)));
        maced.sign(new MACSigner(sso.signingKey().toPublicJWK().toRSAPublicKey().getEncoded()));

        refused(maced.serialize());
    }

    @Test
    void aTokenThatGrantsNoRoleOfTheDeskIsRefused() {
        Map<String, Object> claims = new LinkedHashMap<>(HospitalIdentityProvider.claimsOf(AGENT_CHEN));
        claims.put("roles", List.of("offline_access", "uma_authorization"));

        refused(sso.token(REALM, AUDIENCE, claims));
    }

    @Test
    void aTokenOfSomeoneTheStaffDirectoryDoesNotKnowIsRefused() {
        refused(sso.tokenFor(Actor.of("LEFT-2025-0042", Role.SERVICE_DESK_AGENT)));
    }

    @Test
    void whatIsNotAJwtIsRefusedAlike() {
        refused("not-a-jwt");
        refused("e30.e30.e30");
    }

    @Test
    void theRefusalIsInTheReadersLanguageAndSaysNothingOfWhy() {
        sso.clockShiftedBy(Duration.ofHours(-3));
        String expired = sso.tokenFor(AGENT_CHEN);

        JsonNode english = refused(expired);
        RunningApi.Reply chinese = api.get("/api/v1/queue").header("Authorization", "Bearer " + expired)
                .header("Accept-Language", "zh-CN").send();

        assertThat(english.get("detail").asText()).isEqualTo("A valid bearer token is required (Authorization: Bearer ...)");
        assertThat(chinese.header("Content-Language")).isEqualTo("zh-CN");
        assertThat(chinese.json().get("detail").asText()).isEqualTo("需要有效的持有者令牌（Authorization: Bearer ...）");
        assertThat(english.toString() + chinese.text()).doesNotContainIgnoringCase("expired").doesNotContain("exp");
    }

    @Test
    void theLogSaysWhyATokenWasRefusedButNeitherTheTokenNorWhomItNames() throws IOException {
        sso.clockShiftedBy(Duration.ofHours(-3));
        String expired = sso.tokenFor(Actor.of("LOG-MARKER-7731", Role.SERVICE_DESK_AGENT));
        sso.clockShiftedBy(Duration.ZERO);
        String leaver = sso.tokenFor(Actor.of("LOG-MARKER-7732", Role.SERVICE_DESK_AGENT));

        refused(expired);
        refused(leaver);

        String log = Files.readString(Path.of("target", "adapters-rest-tests.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("bearer token refused: Expired JWT",
                "bearer token refused: the staff directory does not know the staff id it names");
        for (String token : List.of(expired, leaver)) {
            assertThat(log).doesNotContain(token.split("\\.")[1]).doesNotContain(token.split("\\.")[2]);
        }
        assertThat(log).doesNotContain("LOG-MARKER-7731", "LOG-MARKER-7732");
    }

    @Test
    void aRotatedKeyIsPickedUpWithoutARestart() {
        try (HospitalIdentityProvider rotating = new HospitalIdentityProvider();
             RunningApi fresh = RunningApi.signingInWith(OidcTokenAuthenticator.builder()
                     .issuer(rotating.issuer()).audience(AUDIENCE).build())) {
            String beforeRotation = rotating.tokenFor(AGENT_CHEN);
            assertThat(fresh.get("/api/v1/queue").header("Authorization", "Bearer " + beforeRotation).send().status())
                    .isEqualTo(200);

            rotating.rotateKeys();
            String afterRotation = rotating.tokenFor(AGENT_CHEN);

            assertThat(SignedJwts.keyId(afterRotation)).isNotEqualTo(SignedJwts.keyId(beforeRotation));
            RunningApi.Reply signedWithTheNewKey = fresh.get("/api/v1/queue")
                    .header("Authorization", "Bearer " + afterRotation).send();
            assertThat(signedWithTheNewKey.status()).as("%s", signedWithTheNewKey).isEqualTo(200);
            RunningApi.Reply signedWithTheRetiredKey = fresh.get("/api/v1/queue")
                    .header("Authorization", "Bearer " + beforeRotation).send();
            assertThat(signedWithTheRetiredKey.status()).as("the provider no longer publishes the old key")
                    .isEqualTo(401);
        }
    }

    private static RunningApi.Reply queueAs(String token) {
        return api.get("/api/v1/queue").header("Authorization", "Bearer " + token).send();
    }

    /** The refusal every bad token gets: 401, problem+json, the invalid-token challenge. */
    private static JsonNode refused(String token) {
        JsonNode problem = Problems.refused(api, 401, "request.unauthenticated", () -> queueAs(token));
        assertThat(queueAs(token).header("WWW-Authenticate")).isEqualTo(INVALID_TOKEN_CHALLENGE);
        return problem;
    }

    private static JWTClaimsSet claims(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet();
        } catch (ParseException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String signed(JWTClaimsSet claims, RSAKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static final class SignedJwts {
        static String keyId(String token) {
            try {
                return SignedJWT.parse(token).getHeader().getKeyID();
            } catch (ParseException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }
}
