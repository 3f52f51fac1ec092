package org.itilhis.adapters.rest.auth;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.itilhis.core.shared.Actor;

/**
 * Decides who sent a request. Implementations read the credentials they understand (a bearer
 * token, a session cookie of the hospital's single sign-on) and answer the actor, or nothing
 * when the credentials are missing, malformed or unknown; the adapter then answers 401. They
 * never decide what the actor may do: the application core does.
 *
 * <p>Called once per request, concurrently: implementations are thread-safe.
 */
@FunctionalInterface
public interface Authenticator {
    Optional<Actor> authenticate(HttpHeaders headers);
}
