package org.itilhis.adapters.rest.auth;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.io.BaseEncoding;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itilhis.core.shared.Actor;

/**
 * Bearer tokens (RFC 6750) checked against a configured set of SHA-256 hashes, each granted to
 * an actor with its roles. Only hashes are kept, so a leaked configuration does not leak tokens.
 * A presented token is hashed and compared with every configured hash in constant time, so the
 * time taken does not tell how close a guess was, nor which entry matched.
 */
public final class BearerTokenAuthenticator implements Authenticator {
    private static final Pattern B64TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_TOKEN_LENGTH = 4096;

    private final ImmutableList<Grant> grants;

    private BearerTokenAuthenticator(List<Grant> grants) {
        this.grants = ImmutableList.copyOf(grants);
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
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        String[] parts = authorization.strip().split(" +", 2);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer")
                || !B64TOKEN.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        byte[] presented = sha256(parts[1]);
        Actor found = null;
        for (Grant grant : grants) {
            if (MessageDigest.isEqual(presented, grant.hash()) && found == null) {
                found = grant.actor();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    private record Grant(byte[] hash, Actor actor) {
    }

    /** Collects the grants; each hash names one token. */
    public static final class Builder {
        private final List<Grant> grants = new ArrayList<>();

        private Builder() {
        }

        /** Grants the token whose SHA-256 is {@code sha256Hex} (64 hex digits) to {@code actor}. */
        public Builder grantHashed(String sha256Hex, Actor actor) {
            String hex = checkNotNull(sha256Hex, "sha256Hex").strip().toLowerCase(Locale.ROOT);
            checkArgument(SHA256_HEX.matcher(hex).matches(), "not a hex SHA-256: %s", sha256Hex);
            grants.add(new Grant(BaseEncoding.base16().lowerCase().decode(hex), checkNotNull(actor, "actor")));
            return this;
        }

        /** Grants {@code token} to {@code actor}; only its hash is kept. */
        public Builder grantToken(String token, Actor actor) {
            checkArgument(B64TOKEN.matcher(checkNotNull(token, "token")).matches(),
                    "not a bearer token: use [A-Za-z0-9-._~+/]");
            return grantHashed(sha256Hex(token), actor);
        }

        public BearerTokenAuthenticator build() {
            return new BearerTokenAuthenticator(grants);
        }
    }
}
