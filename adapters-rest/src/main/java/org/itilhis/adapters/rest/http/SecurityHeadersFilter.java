package org.itilhis.adapters.rest.http;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.itilhis.adapters.rest.common.ApiPaths;

/**
 * The headers every answer carries ({@link #ON_EVERY_ANSWER}: no content sniffing, no referrer,
 * no framing), {@code Cache-Control: no-store} on every answer but the OpenAPI document (any
 * other may hold personal data, and health is a live reading that a cache would only make stale;
 * the document holds none and gets {@code no-cache}: stored, but checked each time), and CORS
 * as the {@link CorsPolicy} says: nothing at all when it allows no origin; for an allowed
 * origin, {@code Access-Control-Allow-Origin} naming it with the exposed headers, and its
 * preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) answered 204 here,
 * before authentication, since a browser sends no credentials with it. A preflight from another
 * origin goes on like any request and gets no CORS headers, which the browser takes as a refusal.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class SecurityHeadersFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** The headers of every answer, also those Jetty gives before the API sees a request. */
    public static final Map<String, String> ON_EVERY_ANSWER = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    public static final String NO_STORE = "no-store";
    private static final String ORIGIN = "Origin";
    private static final String REQUEST_METHOD = "Access-Control-Request-Method";

    private final CorsPolicy cors;

    public SecurityHeadersFilter(CorsPolicy cors) {
        this.cors = checkNotNull(cors, "cors");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (cors.enabled() && HttpMethod.OPTIONS.equals(request.getMethod())
                && request.getHeaderString(REQUEST_METHOD) != null && cors.allows(origin(request))) {
            request.abortWith(Response.noContent()
                    .header("Access-Control-Allow-Methods", String.join(", ", CorsPolicy.ALLOWED_METHODS))
                    .header("Access-Control-Allow-Headers", String.join(", ", CorsPolicy.ALLOWED_HEADERS))
                    .header("Access-Control-Max-Age", CorsPolicy.MAX_AGE_SECONDS)
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        ON_EVERY_ANSWER.forEach(headers::putSingle);
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            boolean document = request.getUriInfo().getPath().equals(ApiPaths.OPENAPI.substring(1));
            headers.putSingle(HttpHeaders.CACHE_CONTROL, document ? "no-cache" : NO_STORE);
        }
        if (cors.enabled()) {
            headers.add(HttpHeaders.VARY, ORIGIN);
            if (cors.allows(origin(request))) {
                headers.putSingle("Access-Control-Allow-Origin", request.getHeaderString(ORIGIN));
                headers.putSingle("Access-Control-Expose-Headers", String.join(", ", CorsPolicy.EXPOSED_HEADERS));
            }
        }
    }

    private static Optional<String> origin(ContainerRequestContext request) {
        return Optional.ofNullable(request.getHeaderString(ORIGIN));
    }
}
