package org.itilhis.adapters.rest.auth;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import java.security.Principal;
import org.itilhis.adapters.rest.problem.ApiException;
import org.itilhis.core.shared.Actor;

/**
 * Authenticates every request to a resource method not marked {@link PublicEndpoint}: 401
 * without an actor, otherwise the actor becomes the request's principal ({@link Actors#of}).
 * A request that presented a bearer token the authenticator refused gets the challenge with
 * {@code error="invalid_token"} ({@link ApiException#invalidToken()}), one without credentials
 * of the bearer scheme the bare challenge.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {
    private final Authenticator authenticator;

    @Context
    private ResourceInfo resource;

    @Context
    private HttpHeaders headers;

    public AuthenticationFilter(Authenticator authenticator) {
        this.authenticator = checkNotNull(authenticator, "authenticator");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic()) {
            return;
        }
        Actor actor = authenticator.authenticate(headers).orElseThrow(() -> BearerCredentials.presented(headers)
                ? ApiException.invalidToken() : ApiException.unauthenticated());
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new ActorSecurityContext(new ActorPrincipal(actor), secure));
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
