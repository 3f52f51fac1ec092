package org.itilhis.adapters.rest;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.Role;

/**
 * The hospital's OpenID Connect provider in the tests: a real one (mock-oauth2-server on a free
 * loopback port) serving discovery, its JWK set and real RS256-signed tokens, with two things a
 * test can turn: the provider's clock ({@link #clockShiftedBy}), to issue tokens that have
 * expired or are not valid yet, and its signing key ({@link #rotateKeys}): after a rotation it
 * signs with a new key of a new {@code kid} and publishes only that one.
 *
 * <p>Its tokens name the staff id in {@code preferred_username} and the roles by name in
 * {@code roles}, {@link org.itilhis.adapters.rest.auth.ActorClaims}' defaults.
 */
final class HospitalIdentityProvider implements AutoCloseable {
    static final String REALM = "hospital";
    static final String AUDIENCE = "itilhis";
    static final String CLIENT = "itilhis-desk-app";
    /** How long the provider's tokens are valid: an hour. */
    static final long LIFETIME_SECONDS = 3600;

    private final RotatingKey key = new RotatingKey();
    private volatile Duration shift = Duration.ZERO;
    private final MockOAuth2Server server;

    HospitalIdentityProvider() {
        server = new MockOAuth2Server(new OAuth2Config(false, null, null, false,
                new OAuth2TokenProvider(key, () -> Instant.now().plus(shift))));
        server.start();
    }

    /** The issuer of the hospital realm, as its tokens' {@code iss} and its discovery document name it. */
    URI issuer() {
        return server.issuerUrl(REALM).uri();
    }

    /** An access token of the hospital realm for this API, naming {@code actor}'s staff id and roles. */
    String tokenFor(Actor actor) {
        return token(REALM, AUDIENCE, claimsOf(actor));
    }

    /** A token issued by the realm {@code realm} for {@code audience} with {@code claims}. */
    String token(String realm, String audience, Map<String, Object> claims) {
        return server.issueToken(realm, CLIENT, new DefaultOAuth2TokenCallback(realm, UUID.randomUUID().toString(),
                "JWT", List.of(audience), claims, LIFETIME_SECONDS)).serialize();
    }

    static Map<String, Object> claimsOf(Actor actor) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", actor.staffId().value());
        claims.put("roles", actor.roles().stream().map(Role::name).sorted().toList());
        return claims;
    }

    /** The provider's clock runs {@code shift} ahead of the real one (behind, if negative) from now on. */
    void clockShiftedBy(Duration shift) {
        this.shift = shift;
    }

    /** A new signing key, with a new {@code kid}, replaces the current one in signing and in the JWK set. */
    void rotateKeys() {
        key.rotate();
    }

    /** The key the provider signs with now (with its private part): for tokens a test forges. */
    RSAKey signingKey() {
        return key.current;
    }

    static RSAKey newRsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException impossible) {
            throw new IllegalStateException("the JDK generates RSA keys", impossible);
        }
    }

    @Override
    public void close() {
        server.shutdown();
    }

    /** One signing key for every realm, swapped by {@link #rotate()}. */
    private static final class RotatingKey extends KeyProvider {
        private volatile RSAKey current = newRsaKey(UUID.randomUUID().toString());

        void rotate() {
            current = newRsaKey(UUID.randomUUID().toString());
        }

        @Override
        public JWK signingKey(String issuerId) {
            return current;
        }

        @Override
        public List<JWK> get(JWKSelector selector, SecurityContext context) {
            return selector.select(new JWKSet(current));
        }
    }
}
