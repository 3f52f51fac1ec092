package org.itilhis.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itilhis.adapters.rest.auth.ActorClaims;
import org.itilhis.adapters.rest.auth.Authenticator;
import org.itilhis.adapters.rest.auth.OidcTokenAuthenticator;
import org.itilhis.ports.common.StaffDirectory;

/**
 * How people sign in to the hospital service desk: with the access tokens of the hospital's
 * OpenID Connect provider when {@code ITILHIS_OIDC_ISSUER} is set, with the demo tokens
 * ({@link DemoTokens}) when it is not, and with both only when {@code ITILHIS_DEMO_TOKENS=true}
 * asks for it (a demonstration next to the real provider). The settings are listed in
 * {@link ServerConfiguration}'s table.
 *
 * @param issuer       the provider's issuer; empty when no provider signs people in
 * @param audiences    the audiences a token must name one of; empty exactly when there is no issuer
 * @param jwkSetUri    where the provider's keys are, when not discovered from the issuer
 * @param staffIdClaim the claim holding the staff id
 * @param rolesClaims  the claims listing the roles by name
 * @param timeout      how long fetching the provider's discovery document or keys may take
 * @param demoTokens   whether the demo tokens sign people in too
 */
public record SignInSettings(Optional<URI> issuer, ImmutableList<String> audiences, Optional<URI> jwkSetUri,
                             String staffIdClaim, ImmutableList<String> rolesClaims, Duration timeout,
                             boolean demoTokens) {
    /** The settings of sign-in by environment variable name, with their system property names. */
    static final ImmutableMap<String, String> PROPERTIES = ImmutableMap.<String, String>builder()
            .put("ITILHIS_OIDC_ISSUER", "itilhis.oidc.issuer")
            .put("ITILHIS_OIDC_AUDIENCE", "itilhis.oidc.audience")
            .put("ITILHIS_OIDC_JWKS_URI", "itilhis.oidc.jwks-uri")
            .put("ITILHIS_OIDC_STAFF_ID_CLAIM", "itilhis.oidc.staff-id-claim")
            .put("ITILHIS_OIDC_ROLES_CLAIMS", "itilhis.oidc.roles-claims")
            .put("ITILHIS_OIDC_TIMEOUT_SECONDS", "itilhis.oidc.timeout-seconds")
            .put("ITILHIS_DEMO_TOKENS", "itilhis.demo-tokens")
            .buildOrThrow();

    public SignInSettings {
        checkNotNull(issuer, "issuer");
        audiences = ImmutableList.copyOf(checkNotNull(audiences, "audiences"));
        checkNotNull(jwkSetUri, "jwkSetUri");
        checkNotNull(staffIdClaim, "staffIdClaim");
        rolesClaims = ImmutableList.copyOf(checkNotNull(rolesClaims, "rolesClaims"));
        checkNotNull(timeout, "timeout");
        checkArgument(issuer.isPresent() || demoTokens,
                "ITILHIS_DEMO_TOKENS is false and ITILHIS_OIDC_ISSUER is not set: nobody could sign in");
        checkArgument(issuer.isEmpty() || !audiences.isEmpty(),
                "ITILHIS_OIDC_AUDIENCE is required with ITILHIS_OIDC_ISSUER: the audience this service's tokens name,"
                        + " so that a token issued for another service does not sign in here");
    }

    /** Demo tokens only: the demonstration's default. */
    public static SignInSettings demoTokensOnly() {
        return new SignInSettings(Optional.empty(), ImmutableList.of(), Optional.empty(),
                ActorClaims.DEFAULT_STAFF_ID_CLAIM, ImmutableList.of(ActorClaims.DEFAULT_ROLES_CLAIM),
                OidcTokenAuthenticator.DEFAULT_TIMEOUT, true);
    }

    static SignInSettings from(Settings settings) {
        Optional<URI> issuer = settings.get("ITILHIS_OIDC_ISSUER").map(value -> httpUri(settings, "ITILHIS_OIDC_ISSUER",
                value));
        if (issuer.isEmpty()) {
            for (String name : List.of("ITILHIS_OIDC_AUDIENCE", "ITILHIS_OIDC_JWKS_URI", "ITILHIS_OIDC_STAFF_ID_CLAIM",
                    "ITILHIS_OIDC_ROLES_CLAIMS", "ITILHIS_OIDC_TIMEOUT_SECONDS")) {
                checkArgument(!settings.isSet(name), "%s is set without ITILHIS_OIDC_ISSUER, which it needs",
                        settings.shown(name));
            }
        }
        int timeout = settings.number("ITILHIS_OIDC_TIMEOUT_SECONDS",
                Math.toIntExact(OidcTokenAuthenticator.DEFAULT_TIMEOUT.toSeconds()));
        checkArgument(timeout >= 1 && timeout <= 60, "%s: the provider is given 1 to 60 seconds to answer, not %s",
                settings.shown("ITILHIS_OIDC_TIMEOUT_SECONDS"), timeout);
        ImmutableList<String> rolesClaims = settings.list("ITILHIS_OIDC_ROLES_CLAIMS");
        return new SignInSettings(issuer, settings.list("ITILHIS_OIDC_AUDIENCE"),
                settings.get("ITILHIS_OIDC_JWKS_URI").map(value -> httpUri(settings, "ITILHIS_OIDC_JWKS_URI", value)),
                settings.get("ITILHIS_OIDC_STAFF_ID_CLAIM").orElse(ActorClaims.DEFAULT_STAFF_ID_CLAIM),
                rolesClaims.isEmpty() ? ImmutableList.of(ActorClaims.DEFAULT_ROLES_CLAIM) : rolesClaims,
                Duration.ofSeconds(timeout),
                // demo tokens next to the hospital's provider only when asked for
                settings.flag("ITILHIS_DEMO_TOKENS", issuer.isEmpty()));
    }

    /**
     * Who signs in: the demo people with their tokens ({@code demo}, present exactly when
     * {@link #demoTokens}), then the people the provider's tokens name; either must be known to
     * {@code directory} (so that a leaver's unexpired token stops working with the directory).
     */
    Authenticator authenticator(Optional<DemoTokens> demo, StaffDirectory directory) {
        checkArgument(demo.isPresent() == demoTokens, "demo tokens are %s", demoTokens ? "on" : "off");
        checkNotNull(directory, "directory");
        Optional<Authenticator> provider = issuer.map(uri -> {
            OidcTokenAuthenticator.Builder builder = OidcTokenAuthenticator.builder()
                    .issuer(uri)
                    .audience(audiences.toArray(String[]::new))
                    .claims(ActorClaims.builder().staffIdClaim(staffIdClaim)
                            .rolesClaims(rolesClaims.toArray(String[]::new)).build())
                    .staffDirectory(directory)
                    .timeout(timeout);
            jwkSetUri.ifPresent(builder::jwkSetUri);
            return builder.build();
        });
        Optional<Authenticator> tokens = demo.map(DemoTokens::authenticator).map(authenticator -> headers ->
                authenticator.authenticate(headers).filter(actor -> directory.member(actor.staffId()).isPresent()));
        if (provider.isPresent() && tokens.isPresent()) {
            // a demo token is no JWT: it is looked up first, cheaply, and a JWT is never one
            return headers -> tokens.get().authenticate(headers).or(() -> provider.get().authenticate(headers));
        }
        return provider.or(() -> tokens).orElseThrow();
    }

    /** Which sign-in is in use, for the start-up lines: no secret is part of it. */
    public String describe() {
        return issuer.map(uri -> String.format(Locale.ROOT,
                "OpenID Connect provider %s (audience %s, staff id from %s, roles from %s)%s", uri,
                String.join(", ", audiences), staffIdClaim, String.join(", ", rolesClaims),
                demoTokens ? " and demo tokens" : "; demo tokens off")).orElse("demo tokens");
    }

    private static URI httpUri(Settings settings, String name, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException notAUri) {
            throw new IllegalArgumentException(settings.shown(name) + " is not a URI: " + value, notAUri);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        checkArgument(uri.isAbsolute() && uri.getHost() != null && (scheme.equals("https") || scheme.equals("http")),
                "%s is not an http:// or https:// URL: %s", settings.shown(name), value);
        return uri;
    }
}
