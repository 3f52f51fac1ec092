package org.itilhis.adapters.rest.auth;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bearer token of a request's {@code Authorization} header (RFC 6750, section 2.1), as every
 * bearer authenticator reads it: the scheme {@code Bearer} in any case, blanks, then one token of
 * the b64token alphabet, at most {@value #MAX_LENGTH} characters (a signed JWT with a few dozen
 * group names fits; Jetty's default request header limit is 8 KiB).
 */
final class BearerCredentials {
    static final int MAX_LENGTH = 8192;
    private static final Pattern B64TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

    private BearerCredentials() {
    }

    /** The token, or empty when the header is missing, of another scheme or malformed. */
    static Optional<String> of(HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = authorization.strip().split(" +", 2);
        if (parts.length != 2 || !isBearer(parts[0]) || !B64TOKEN.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        return Optional.of(parts[1]);
    }

    /**
     * Whether the request presents credentials of the bearer scheme at all, well-formed or not:
     * a refusal then says the token was refused ({@code error="invalid_token"}) rather than
     * only asking for one.
     */
    static boolean presented(HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization != null && isBearer(authorization.strip().split(" ", 2)[0]);
    }

    /** Whether {@code text} may be a bearer token at all (the b64token alphabet). */
    static boolean isWellFormed(String text) {
        return B64TOKEN.matcher(text).matches();
    }

    private static boolean isBearer(String scheme) {
        return scheme.toLowerCase(Locale.ROOT).equals("bearer");
    }
}
