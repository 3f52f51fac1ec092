package org.itilhis.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInSettingsTest {
    private static final String ISSUER = "https://sso.hospital.example/realms/hospital";

    private static SignInSettings of(Map<String, String> settings) {
        return ServerConfiguration.of(settings).signIn();
    }

    @Test
    void withoutAProviderTheDemoTokensSignPeopleIn() {
        SignInSettings signIn = of(Map.of());

        assertThat(signIn).isEqualTo(SignInSettings.demoTokensOnly());
        assertThat(signIn.issuer()).isEmpty();
        assertThat(signIn.demoTokens()).isTrue();
        assertThat(signIn.describe()).isEqualTo("demo tokens");
    }

    @Test
    void withAProviderItsTokensSignPeopleInAndTheDemoTokensAreOff() {
        SignInSettings signIn = of(Map.of("ITILHIS_OIDC_ISSUER", ISSUER, "ITILHIS_OIDC_AUDIENCE", "itilhis"));

        assertThat(signIn.issuer()).contains(URI.create(ISSUER));
        assertThat(signIn.audiences()).containsExactly("itilhis");
        assertThat(signIn.jwkSetUri()).isEmpty();
        assertThat(signIn.staffIdClaim()).isEqualTo("preferred_username");
        assertThat(signIn.rolesClaims()).containsExactly("roles");
        assertThat(signIn.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(signIn.demoTokens()).isFalse();
        assertThat(signIn.describe()).isEqualTo("OpenID Connect provider " + ISSUER
                + " (audience itilhis, staff id from preferred_username, roles from roles); demo tokens off");
    }

    @Test
    void theClaimsTheKeysAndTheDemoTokensNextToTheProviderAreConfigurable() {
        SignInSettings signIn = of(Map.of("ITILHIS_OIDC_ISSUER", ISSUER, "ITILHIS_OIDC_AUDIENCE", "itilhis, itilhis-api",
                "ITILHIS_OIDC_JWKS_URI", "https://adfs.hospital.example/adfs/discovery/keys",
                "ITILHIS_OIDC_STAFF_ID_CLAIM", "employee_id",
                "ITILHIS_OIDC_ROLES_CLAIMS", "realm_access.roles,groups", "ITILHIS_OIDC_TIMEOUT_SECONDS", "10",
                "ITILHIS_DEMO_TOKENS", "TRUE"));

        assertThat(signIn.audiences()).containsExactly("itilhis", "itilhis-api");
        assertThat(signIn.jwkSetUri()).contains(URI.create("https://adfs.hospital.example/adfs/discovery/keys"));
        assertThat(signIn.staffIdClaim()).isEqualTo("employee_id");
        assertThat(signIn.rolesClaims()).containsExactly("realm_access.roles", "groups");
        assertThat(signIn.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(signIn.demoTokens()).isTrue();
        assertThat(signIn.describe()).endsWith("roles from realm_access.roles, groups) and demo tokens");
    }

    @Test
    void aProviderWithoutAnAudienceIsRefused() {
        assertThatThrownBy(() -> of(Map.of("ITILHIS_OIDC_ISSUER", ISSUER)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ITILHIS_OIDC_AUDIENCE is required with ITILHIS_OIDC_ISSUER");
    }

    @Test
    void providerSettingsWithoutAnIssuerAreRefusedNamingThem() {
        assertThatThrownBy(() -> of(Map.of("ITILHIS_OIDC_AUDIENCE", "itilhis")))
                .hasMessage("ITILHIS_OIDC_AUDIENCE (itilhis.oidc.audience) is set without ITILHIS_OIDC_ISSUER,"
                        + " which it needs");
        assertThatThrownBy(() -> of(Map.of("ITILHIS_OIDC_ROLES_CLAIMS", "groups")))
                .hasMessageStartingWith("ITILHIS_OIDC_ROLES_CLAIMS (itilhis.oidc.roles-claims) is set without");
    }

    @Test
    void turningTheDemoTokensOffWithoutAProviderIsRefused() {
        assertThatThrownBy(() -> of(Map.of("ITILHIS_DEMO_TOKENS", "false")))
                .hasMessage("ITILHIS_DEMO_TOKENS is false and ITILHIS_OIDC_ISSUER is not set: nobody could sign in");
        assertThatThrownBy(() -> of(Map.of("ITILHIS_DEMO_TOKENS", "yes")))
                .hasMessage("ITILHIS_DEMO_TOKENS (itilhis.demo-tokens) is neither true nor false: yes");
    }

    @Test
    void badProviderValuesAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> of(Map.of("ITILHIS_OIDC_ISSUER", "sso.hospital.example", "ITILHIS_OIDC_AUDIENCE", "a")))
                .hasMessage("ITILHIS_OIDC_ISSUER (itilhis.oidc.issuer) is not an http:// or https:// URL:"
                        + " sso.hospital.example");
        assertThatThrownBy(() -> of(Map.of("ITILHIS_OIDC_ISSUER", ISSUER, "ITILHIS_OIDC_AUDIENCE", "a",
                "ITILHIS_OIDC_JWKS_URI", "ftp://keys.hospital.example/jwks")))
                .hasMessageStartingWith("ITILHIS_OIDC_JWKS_URI (itilhis.oidc.jwks-uri) is not an http:// or https://");
        assertThatThrownBy(() -> of(Map.of("ITILHIS_OIDC_ISSUER", ISSUER, "ITILHIS_OIDC_AUDIENCE", "a",
                "ITILHIS_OIDC_TIMEOUT_SECONDS", "0")))
                .hasMessage("ITILHIS_OIDC_TIMEOUT_SECONDS (itilhis.oidc.timeout-seconds): the provider is given 1 to 60"
                        + " seconds to answer, not 0");
    }
}
