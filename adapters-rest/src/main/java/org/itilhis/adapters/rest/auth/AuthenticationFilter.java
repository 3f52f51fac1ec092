package org.itilhis.adapters.rest.auth;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Optional;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.SecurityLog;
import org.itilhis.core.shared.Actor;

/**
 * Authenticates every request to a resource method not marked {@link PublicEndpoint}: 401
 * without an actor, otherwise the actor becomes the request's principal ({@link Actors#of}).
 * A request that presented a bearer token the authenticator refused gets the challenge with
 * {@code error="invalid_token"} ({@link ApiException#invalidToken()}), one without credentials
 * of the bearer scheme the bare challenge.
 *
 * <p>The actor carries the request's origin ({@link Actor#withOrigin}): the client's IP address
 * as the servlet container saw it ({@code ServletRequest.getRemoteAddr()}, the socket's peer).
 * The adapter trusts no {@code Forwarded} or {@code X-Forwarded-For} header, which any client
 * may send; behind a reverse proxy the origin is therefore the proxy's address, and the proxy's
 * own log tells which client it forwarded (docs/adr/0014). Outside a servlet container the
 * origin stays unknown.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {
    private final Authenticator authenticator;

    @Context
    private ResourceInfo resource;

    @Context
    private HttpHeaders headers;

    @Context
    private HttpServletRequest servletRequest;

    public AuthenticationFilter(Authenticator authenticator) {
        this.authenticator = checkNotNull(authenticator, "authenticator");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic()) {
            return;
        }
        Actor authenticated = authenticator.authenticate(headers).orElseThrow(() -> refused(request));
        Actor actor = origin().map(authenticated::withOrigin).orElse(authenticated);
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new ActorSecurityContext(new ActorPrincipal(actor), secure));
    }

    /** The 401 for a request the authenticator did not sign in; a refused token goes to the security log. */
    private ApiException refused(ContainerRequestContext request) {
        if (!BearerCredentials.presented(headers)) {
            return ApiException.unauthenticated();
        }
        SecurityLog.tokenRefused(request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(), origin());
        return ApiException.invalidToken();
    }

    private Optional<String> origin() {
        String address = servletRequest == null ? null : servletRequest.getRemoteAddr();
        return address == null || address.isBlank() || address.length() > Actor.MAX_ORIGIN_LENGTH ? Optional.empty()
                : Optional.of(address);
    }

    private boolean isPublic() {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        return (method != null && method.isAnnotationPresent(PublicEndpoint.class))
                || (type != null && type.isAnnotationPresent(PublicEndpoint.class));
    }

    private record ActorSecurityContext(ActorPrincipal principal, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return principal.actor().roles().stream().anyMatch(r -> r.name().equals(role));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
