package org.itilhis.adapters.rest.auth;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs people in with the access tokens of the hospital's OpenID Connect provider (Keycloak,
 * AD FS, Microsoft Entra ID and the like): JWT bearer tokens (RFC 6750, RFC 9068), validated
 * with Nimbus JOSE+JWT.
 *
 * <p>A token is accepted when all of these hold, and refused (401) otherwise:
 * <ul>
 *   <li>it is a JWS signed with one of the {@linkplain Builder#algorithms allowed algorithms}
 *       (RS256 unless configured; never {@code none}, never a shared-secret HMAC) by a key of
 *       the provider's JWK set, fetched and cached ({@code ProviderKeys}; a new {@code kid} makes
 *       the set be fetched again, so a key rotation needs no restart);</li>
 *   <li>its {@code typ}, if any, is {@code JWT} or {@code at+jwt};</li>
 *   <li>{@code iss} is the configured issuer, {@code aud} names one of the configured audiences,
 *       {@code exp} is in the future and {@code nbf} (if any) in the past, each within the
 *       {@linkplain Builder#clockSkew clock skew} (60 s unless configured);</li>
 *   <li>its claims name a staff id and grant at least one role ({@link ActorClaims}), and, when a
 *       {@linkplain Builder#staffDirectory staff directory} is given, the directory knows the
 *       person (so a leaver's unexpired token stops working with the directory's next refresh).</li>
 * </ul>
 * Why a token was refused is logged at debug level (key set failures at warn), never the token
 * nor a claim's value; the client learns only that it was refused.
 *
 * <pre>{@code
 * OidcTokenAuthenticator sso = OidcTokenAuthenticator.builder()
 *         .issuer(URI.create("https://sso.hospital.example/realms/hospital"))
 *         .audience("itilhis")
 *         .claims(ActorClaims.builder().staffIdClaim("employee_id").rolesClaims("realm_access.roles")
 *                 .role("itil-agent", Role.SERVICE_DESK_AGENT).build())
 *         .staffDirectory(directory)
 *         .build();
 * }</pre>
 */
public final class OidcTokenAuthenticator implements Authenticator {
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    public static final Duration DEFAULT_KEY_SET_CACHE_TIME = Duration.ofMinutes(5);
    public static final Duration DEFAULT_KEY_SET_REFRESH_INTERVAL = Duration.ofSeconds(30);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(OidcTokenAuthenticator.class);
    /** The signature algorithms of public keys a JWK set can publish; HMAC needs a shared secret. */
    private static final Set<JWSAlgorithm> PUBLIC_KEY_ALGORITHMS = ImmutableSet.<JWSAlgorithm>builder()
            .addAll(JWSAlgorithm.Family.RSA).addAll(JWSAlgorithm.Family.EC).addAll(JWSAlgorithm.Family.ED).build();

    private final DefaultJWTProcessor<SecurityContext> processor;
    private final ActorClaims claims;
    private final Optional<StaffDirectory> directory;

    private OidcTokenAuthenticator(Builder settings) {
        DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
        jwt.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"),
                null));
        jwt.setJWSKeySelector(new JWSVerificationKeySelector<>(settings.algorithms,
                ProviderKeys.source(settings.issuer, Optional.ofNullable(settings.jwkSetUri), settings.keySetCacheTime,
                        settings.keySetRefreshInterval, settings.timeout)));
        ClockedClaimsVerifier verifier = new ClockedClaimsVerifier(settings.audiences,
                new JWTClaimsSet.Builder().issuer(settings.issuer.toString()).build(), settings.clock);
        verifier.setMaxClockSkew(Math.toIntExact(settings.clockSkew.toSeconds()));
        jwt.setJWTClaimsSetVerifier(verifier);
        this.processor = jwt;
        this.claims = settings.claims;
        this.directory = Optional.ofNullable(settings.directory);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<Actor> authenticate(HttpHeaders headers) {
        return BearerCredentials.of(headers).flatMap(this::authenticate);
    }

    /** The actor a bearer token signs in, or empty if it is refused (the reason logged). */
    public Optional<Actor> authenticate(String token) {
        checkNotNull(token, "token");
        JWTClaimsSet valid;
        try {
            valid = processor.process(token, null);
        } catch (ParseException notAJwt) {
            // The parser's message may quote the token's decoded header or claims: not logged.
            return refused("not a JWT");
        } catch (BadJOSEException invalid) {
            return refused(invalid.getMessage());
        } catch (RateLimitReachedException tooSoon) {
            return refused("no key of the provider's key set matches, and it was fetched too recently to fetch again");
        } catch (KeySourceException unavailable) {
            LOG.warn("bearer token refused: the identity provider's key set cannot be fetched: {}",
                    unavailable.getMessage());
            return Optional.empty();
        } catch (JOSEException failed) {
            return refused("its signature cannot be verified: " + failed.getMessage());
        }
        ActorClaims.Outcome outcome = claims.actorOf(valid.getClaims());
        if (outcome instanceof ActorClaims.Outcome.Refused refusal) {
            return refused(refusal.reason());
        }
        Actor actor = ((ActorClaims.Outcome.Mapped) outcome).actor();
        if (directory.isPresent() && directory.get().member(actor.staffId()).isEmpty()) {
            return refused("the staff directory does not know the staff id it names");
        }
        return Optional.of(actor);
    }

    private static Optional<Actor> refused(String reason) {
        LOG.debug("bearer token refused: {}", reason);
        return Optional.empty();
    }

    /** Checks {@code exp} and {@code nbf} against a {@link Clock} rather than the system's time. */
    private static final class ClockedClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {
        private final Clock clock;

        ClockedClaimsVerifier(Set<String> audiences, JWTClaimsSet exactMatch, Clock clock) {
            super(audiences, exactMatch, Set.of("iss", "aud", "exp"), null);
            this.clock = clock;
        }

        @Override
        protected Date currentTime() {
            return Date.from(clock.instant());
        }
    }

    /** Collects the settings; the issuer and at least one audience are required. */
    public static final class Builder {
        private URI issuer;
        private Set<String> audiences = Set.of();
        private URI jwkSetUri;
        private Set<JWSAlgorithm> algorithms = Set.of(JWSAlgorithm.RS256);
        private Duration clockSkew = DEFAULT_CLOCK_SKEW;
        private Duration keySetCacheTime = DEFAULT_KEY_SET_CACHE_TIME;
        private Duration keySetRefreshInterval = DEFAULT_KEY_SET_REFRESH_INTERVAL;
        private Duration timeout = DEFAULT_TIMEOUT;
        private ActorClaims claims = ActorClaims.byDefault();
        private StaffDirectory directory;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The provider's issuer identifier, exactly as its tokens' {@code iss} spell it; the JWK
         * set is discovered from it unless {@link #jwkSetUri} is given.
         */
        public Builder issuer(URI issuer) {
            this.issuer = checkNotNull(issuer, "issuer");
            checkArgument(issuer.isAbsolute(), "issuer %s is not an absolute URI", issuer);
            return this;
        }

        /** The audiences of this API: a token's {@code aud} must name one of them. */
        public Builder audience(String... audiences) {
            checkArgument(audiences.length > 0, "audience: name at least one");
            Arrays.stream(audiences).forEach(audience -> checkArgument(audience != null && !audience.isBlank(),
                    "audience: one is blank"));
            this.audiences = ImmutableSet.copyOf(audiences);
            return this;
        }

        /**
         * Where the provider publishes its signing keys, when discovery is not wanted or the
         * tokens' issuer is not where the discovery document is (AD FS's access tokens, say).
         */
        public Builder jwkSetUri(URI jwkSetUri) {
            ProviderKeys.fetchable(checkNotNull(jwkSetUri, "jwkSetUri"), "jwkSetUri");
            this.jwkSetUri = jwkSetUri;
            return this;
        }

        /** The signature algorithms accepted, by their JWA names ({@code RS256}, {@code PS256}, {@code ES256}). */
        public Builder algorithms(String... names) {
            checkArgument(names.length > 0, "algorithms: name at least one");
            ImmutableSet.Builder<JWSAlgorithm> chosen = ImmutableSet.builder();
            for (String name : names) {
                JWSAlgorithm algorithm = JWSAlgorithm.parse(checkNotNull(name, "algorithm"));
                checkArgument(PUBLIC_KEY_ALGORITHMS.contains(algorithm),
                        "algorithms: %s is not a public-key signature algorithm (RS*, PS*, ES*, EdDSA)", name);
                chosen.add(algorithm);
            }
            this.algorithms = chosen.build();
            return this;
        }

        /** How far the provider's clock and this server's may differ for {@code exp} and {@code nbf}. */
        public Builder clockSkew(Duration skew) {
            checkArgument(!checkNotNull(skew, "clockSkew").isNegative() && skew.compareTo(Duration.ofMinutes(5)) <= 0,
                    "clockSkew %s is not between 0 and 5 minutes", skew);
            this.clockSkew = skew;
            return this;
        }

        /**
         * How long a fetched key set is used ({@link #DEFAULT_KEY_SET_CACHE_TIME} unless set), and
         * the shortest time between two fetches of it ({@link #DEFAULT_KEY_SET_REFRESH_INTERVAL}):
         * tokens with unknown keys can make it be fetched no more than twice in that time.
         */
        public Builder keySetCaching(Duration cacheTime, Duration refreshInterval) {
            checkArgument(checkNotNull(cacheTime, "cacheTime").compareTo(Duration.ofSeconds(1)) >= 0,
                    "cacheTime %s is under a second", cacheTime);
            checkArgument(!checkNotNull(refreshInterval, "refreshInterval").isNegative()
                    && refreshInterval.compareTo(cacheTime) < 0,
                    "refreshInterval %s is negative or not shorter than cacheTime %s", refreshInterval, cacheTime);
            this.keySetCacheTime = cacheTime;
            this.keySetRefreshInterval = refreshInterval;
            return this;
        }

        /** How long connecting to the provider, and reading from it, may take each. */
        public Builder timeout(Duration timeout) {
            checkArgument(!checkNotNull(timeout, "timeout").isNegative() && !timeout.isZero()
                    && timeout.compareTo(Duration.ofMinutes(1)) <= 0, "timeout %s is not between 0 and 1 minute", timeout);
            this.timeout = timeout;
            return this;
        }

        /** How the claims become the actor ({@link ActorClaims#byDefault()} unless set). */
        public Builder claims(ActorClaims claims) {
            this.claims = checkNotNull(claims, "claims");
            return this;
        }

        /** The staff directory that must know every person signed in; none by default. */
        public Builder staffDirectory(StaffDirectory directory) {
            this.directory = checkNotNull(directory, "directory");
            return this;
        }

        /** The clock {@code exp} and {@code nbf} are checked against; the system's UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = checkNotNull(clock, "clock");
            return this;
        }

        public OidcTokenAuthenticator build() {
            checkState(issuer != null, "issuer is required");
            checkState(!audiences.isEmpty(), "audience is required: a token for another service must not sign in here");
            return new OidcTokenAuthenticator(this);
        }
    }
}
