package org.itilhis.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The settings; {@code OidcSignInHttpTest} checks tokens against a real provider. */
class OidcTokenAuthenticatorTest {
    private static final URI ISSUER = URI.create("https://sso.hospital.example/realms/hospital");

    @Test
    void theIssuerAndAnAudienceAreRequired() {
        assertThatThrownBy(() -> OidcTokenAuthenticator.builder().audience("itilhis").build())
                .hasMessage("issuer is required");
        assertThatThrownBy(() -> OidcTokenAuthenticator.builder().issuer(ISSUER).build())
                .hasMessageStartingWith("audience is required");
    }

    @Test
    void onlyPublicKeySignatureAlgorithmsAreAccepted() {
        for (String algorithm : new String[] {"none", "HS256", "HS512", "RSA-OAEP-256"}) {
            assertThatThrownBy(() -> OidcTokenAuthenticator.builder().algorithms(algorithm)).as(algorithm)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("algorithms: " + algorithm + " is not a public-key signature algorithm");
        }
        assertThat(OidcTokenAuthenticator.builder().issuer(ISSUER).audience("itilhis")
                .algorithms("RS256", "PS256", "ES256", "EdDSA").build()).isNotNull();
    }

    @Test
    void keysAreFetchedOverHttpsOrFromLoopbackOnly() {
        assertThatThrownBy(() -> OidcTokenAuthenticator.builder()
                .jwkSetUri(URI.create("http://sso.hospital.example/realms/hospital/certs")))
                .hasMessage("jwkSetUri http://sso.hospital.example/realms/hospital/certs is not an https address"
                        + " (http only on loopback)");
        assertThatThrownBy(() -> OidcTokenAuthenticator.builder()
                .issuer(URI.create("http://sso.hospital.example/realms/hospital")).audience("itilhis").build())
                .hasMessageStartingWith("issuer http://sso.hospital.example/realms/hospital is not an https address");
        assertThat(OidcTokenAuthenticator.builder().jwkSetUri(URI.create("http://127.0.0.1:8180/certs"))).isNotNull();
    }

    /** AD FS signs access tokens as {@code http://<host>/adfs/services/trust}: an identifier, never fetched. */
    @Test
    void anIssuerThatIsOnlyAnIdentifierNeedsTheKeySetsAddress() {
        assertThat(OidcTokenAuthenticator.builder().issuer(URI.create("http://adfs.hospital.example/adfs/services/trust"))
                .jwkSetUri(URI.create("https://adfs.hospital.example/adfs/discovery/keys")).audience("itilhis").build())
                .isNotNull();
    }

    @Test
    void timesAreBounded() {
        assertThatThrownBy(() -> OidcTokenAuthenticator.builder().clockSkew(Duration.ofMinutes(10)))
                .hasMessage("clockSkew PT10M is not between 0 and 5 minutes");
        assertThatThrownBy(() -> OidcTokenAuthenticator.builder()
                .keySetCaching(Duration.ofSeconds(30), Duration.ofSeconds(30)))
                .hasMessage("refreshInterval PT30S is negative or not shorter than cacheTime PT30S");
        assertThatThrownBy(() -> OidcTokenAuthenticator.builder().timeout(Duration.ZERO))
                .hasMessage("timeout PT0S is not between 0 and 1 minute");
    }
}
