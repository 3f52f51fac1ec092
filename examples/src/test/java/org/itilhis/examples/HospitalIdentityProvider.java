package org.itilhis.examples;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.Role;

/**
 * The hospital's OpenID Connect provider in the example's tests: mock-oauth2-server on a free
 * loopback port, serving discovery, its JWK set and real RS256-signed access tokens that name
 * the staff id in {@code preferred_username} and the roles by name in {@code roles} (the
 * example's defaults).
 */
final class HospitalIdentityProvider implements AutoCloseable {
    static final String REALM = "hospital";
    static final String AUDIENCE = "itilhis";
    private static final String CLIENT = "itilhis-desk-app";
    private static final long LIFETIME_SECONDS = 3600;

    private final MockOAuth2Server server = new MockOAuth2Server();

    HospitalIdentityProvider() {
        server.start();
    }

    /** The issuer of the hospital realm, as its tokens' {@code iss} and its discovery document name it. */
    URI issuer() {
        return server.issuerUrl(REALM).uri();
    }

    /** An access token for this service naming {@code actor}'s staff id and roles. */
    String tokenFor(Actor actor) {
        return token(AUDIENCE, claims(actor.staffId().value(), actor.roles().stream().map(Role::name).toList()));
    }

    /** An access token for {@code audience} with {@code claims}. */
    String token(String audience, Map<String, Object> claims) {
        return server.issueToken(REALM, CLIENT, new DefaultOAuth2TokenCallback(REALM, UUID.randomUUID().toString(),
                "JWT", List.of(audience), claims, LIFETIME_SECONDS)).serialize();
    }

    static Map<String, Object> claims(String staffId, List<String> roles) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", staffId);
        claims.put("roles", roles);
        return claims;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
