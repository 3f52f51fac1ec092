package org.itilhis.adapters.rest.auth;

import jakarta.ws.rs.core.SecurityContext;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.core.shared.Actor;

/** The actor {@link AuthenticationFilter} established for the current request. */
public final class Actors {
    private Actors() {
    }

    /** @throws ApiException (401) if the request was not authenticated */
    public static Actor of(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof ActorPrincipal principal) {
            return principal.actor();
        }
        throw ApiException.unauthenticated();
    }
}
