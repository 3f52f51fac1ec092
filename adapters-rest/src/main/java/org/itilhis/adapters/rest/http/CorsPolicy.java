package org.itilhis.adapters.rest.http;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which web origins a browser may call the API from (CORS). {@link #none()}, the default,
 * allows none: no answer carries {@code Access-Control-Allow-Origin}, so a page of another
 * origin cannot read what the API answers, and the desk's own pages, served from the API's
 * origin, need nothing. {@link #allowing} names each origin ({@code https://desk.hospital.example},
 * scheme, host and port only); there is no wildcard, since every answer may hold personal data.
 *
 * <p>An allowed origin may send the headers {@link #ALLOWED_HEADERS} with the methods
 * {@link #ALLOWED_METHODS}, and read {@link #EXPOSED_HEADERS}. Credentials are bearer tokens
 * in {@code Authorization}, never cookies, so {@code Access-Control-Allow-Credentials} is not sent.
 */
public record CorsPolicy(ImmutableSet<String> origins) {
    public static final List<String> ALLOWED_METHODS = List.of("GET", "POST", "PUT", "DELETE");
    public static final List<String> ALLOWED_HEADERS = List.of("Authorization", "Content-Type", "Accept-Language",
            "If-Match", "If-None-Match", "Idempotency-Key");
    public static final List<String> EXPOSED_HEADERS = List.of("ETag", "Location", "Retry-After",
            "Idempotent-Replayed", "Content-Language");
    /** How long a browser may keep a preflight's answer, in seconds. */
    public static final int MAX_AGE_SECONDS = 600;

    public CorsPolicy {
        checkNotNull(origins, "origins");
        origins.forEach(origin -> checkArgument(origin.equals(normalised(origin)),
                "origin %s is not in its normal form %s", origin, normalised(origin)));
    }

    /** No origin allowed: the default. */
    public static CorsPolicy none() {
        return new CorsPolicy(ImmutableSet.of());
    }

    /**
     * These origins and no other, each {@code scheme://host[:port]} with scheme {@code https}
     * (or {@code http}, for a desk on the hospital's network), no path, no wildcard.
     *
     * @throws IllegalArgumentException naming an origin that is not one
     */
    public static CorsPolicy allowing(Iterable<String> origins) {
        ImmutableSet.Builder<String> normalised = ImmutableSet.builder();
        origins.forEach(origin -> normalised.add(normalised(checkNotNull(origin, "origin"))));
        return new CorsPolicy(normalised.build());
    }

    /** {@link #allowing(Iterable)} of the arguments. */
    public static CorsPolicy allowing(String... origins) {
        return allowing(List.of(origins));
    }

    public boolean enabled() {
        return !origins.isEmpty();
    }

    /** Whether a request's {@code Origin} header names an allowed origin. */
    public boolean allows(Optional<String> originHeader) {
        return originHeader.filter(origin -> origins.contains(origin.toLowerCase(Locale.ROOT))).isPresent();
    }

    private static String normalised(String origin) {
        URI uri;
        try {
            uri = new URI(origin.strip());
        } catch (URISyntaxException malformed) {
            throw new IllegalArgumentException("origin " + origin + " is not a URI", malformed);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        checkArgument(scheme.equals("https") || scheme.equals("http"), "origin %s is not http or https", origin);
        checkArgument(uri.getHost() != null && !uri.getHost().contains("*"), "origin %s names no host", origin);
        checkArgument((uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                && uri.getRawFragment() == null && uri.getRawUserInfo() == null,
                "origin %s has more than scheme, host and port", origin);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
