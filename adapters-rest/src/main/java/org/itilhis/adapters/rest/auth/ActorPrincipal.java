package org.itilhis.adapters.rest.auth;

import static com.google.common.base.Preconditions.checkNotNull;

import java.security.Principal;
import org.itilhis.core.shared.Actor;

/** The authenticated actor as the request's {@link Principal}; its name is the staff id. */
public record ActorPrincipal(Actor actor) implements Principal {
    public ActorPrincipal {
        checkNotNull(actor, "actor");
    }

    @Override
    public String getName() {
        return actor.staffId().value();
    }
}
