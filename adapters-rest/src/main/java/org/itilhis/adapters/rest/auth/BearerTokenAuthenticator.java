package org.itilhis.adapters.rest.auth;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.io.BaseEncoding;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itilhis.core.shared.Actor;

/**
 * Bearer tokens (RFC 6750) checked against a configured set of SHA-256 hashes, each granted to
 * an actor with its roles until it expires. Only hashes are kept, so a leaked configuration does
 * not leak tokens. A presented token is hashed and compared with every configured hash in
 * constant time, so the time taken does not tell how close a guess was, nor which entry matched.
 *
 * <p>Meant for demonstrations, tests and technical clients such as a monitoring feed; people
 * sign in through the hospital's identity provider ({@link OidcTokenAuthenticator}). Every
 * grant expires: at the instant given, or {@link Builder#lifetime} after the authenticator was
 * built ({@link #DEFAULT_LIFETIME} unless set).
 */
public final class BearerTokenAuthenticator implements Authenticator {
    /** How long a grant without an expiry of its own is valid after {@link Builder#build()}: 30 days. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final ImmutableList<Grant> grants;
    private final Clock clock;

    private BearerTokenAuthenticator(List<Grant> grants, Clock clock) {
        this.grants = ImmutableList.copyOf(grants);
        this.clock = clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The lower-case hex SHA-256 of a token, as configured for it. */
    public static String sha256Hex(String token) {
        return BaseEncoding.base16().lowerCase().encode(sha256(checkNotNull(token, "token")));
    }

    @Override
    public Optional<Actor> authenticate(HttpHeaders headers) {
        Optional<String> token = BearerCredentials.of(headers);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = sha256(token.get());
        Grant found = null;
        for (Grant grant : grants) {
            if (MessageDigest.isEqual(presented, grant.hash()) && found == null) {
                found = grant;
            }
        }
        return found != null && clock.instant().isBefore(found.expiresAt()) ? Optional.of(found.actor())
                : Optional.empty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** @param expiresAt {@code null} until {@link Builder#build()} gives it the default lifetime */
    private record Grant(byte[] hash, Actor actor, Instant expiresAt) {
    }

    /** Collects the grants; each hash names one token. */
    public static final class Builder {
        private final List<Grant> grants = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private Duration lifetime = DEFAULT_LIFETIME;

        private Builder() {
        }

        /** The clock that tells whether a grant has expired; the system's UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = checkNotNull(clock, "clock");
            return this;
        }

        /**
         * How long the grants without an expiry of their own are valid, from {@link #build()}
         * ({@link #DEFAULT_LIFETIME} unless set).
         */
        public Builder lifetime(Duration lifetime) {
            checkNotNull(lifetime, "lifetime");
            checkArgument(!lifetime.isNegative() && !lifetime.isZero(), "lifetime %s is not positive", lifetime);
            this.lifetime = lifetime;
            return this;
        }

        /** Grants the token whose SHA-256 is {@code sha256Hex} (64 hex digits) to {@code actor}. */
        public Builder grantHashed(String sha256Hex, Actor actor) {
            return grant(sha256Hex, actor, null);
        }

        /** Grants the token whose SHA-256 is {@code sha256Hex} to {@code actor} until {@code expiresAt}. */
        public Builder grantHashed(String sha256Hex, Actor actor, Instant expiresAt) {
            return grant(sha256Hex, actor, checkNotNull(expiresAt, "expiresAt"));
        }

        /** Grants {@code token} to {@code actor}; only its hash is kept. */
        public Builder grantToken(String token, Actor actor) {
            return grantHashed(sha256Hex(checkToken(token)), actor);
        }

        /** Grants {@code token} to {@code actor} until {@code expiresAt}; only its hash is kept. */
        public Builder grantToken(String token, Actor actor, Instant expiresAt) {
            return grantHashed(sha256Hex(checkToken(token)), actor, expiresAt);
        }

        private static String checkToken(String token) {
            checkArgument(BearerCredentials.isWellFormed(checkNotNull(token, "token")),
                    "not a bearer token: use [A-Za-z0-9-._~+/]");
            return token;
        }

        private Builder grant(String sha256Hex, Actor actor, Instant expiresAt) {
            String hex = checkNotNull(sha256Hex, "sha256Hex").strip().toLowerCase(Locale.ROOT);
            checkArgument(SHA256_HEX.matcher(hex).matches(), "not a hex SHA-256: %s", sha256Hex);
            grants.add(new Grant(BaseEncoding.base16().lowerCase().decode(hex), checkNotNull(actor, "actor"),
                    expiresAt));
            return this;
        }

        public BearerTokenAuthenticator build() {
            Instant byDefault = clock.instant().plus(lifetime);
            return new BearerTokenAuthenticator(grants.stream()
                    .map(grant -> grant.expiresAt() != null ? grant
                            : new Grant(grant.hash(), grant.actor(), byDefault))
                    .toList(), clock);
        }
    }
}
