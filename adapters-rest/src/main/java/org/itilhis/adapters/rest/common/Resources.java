package org.itilhis.adapters.rest.common;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import java.time.Clock;
import java.time.Duration;
import org.itilhis.adapters.rest.http.ServerLoad;
import org.itilhis.adapters.rest.problemdetails.RequestValidation;
import org.itilhis.ports.common.IdempotencyPurge;
import org.itilhis.ports.common.IdempotencyStore;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.servicedesk.in.ContactQueries;
import org.itilhis.ports.servicedesk.in.ServiceDeskUseCase;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketWorkUseCase;

/**
 * The resource classes of the API and what they are built with. The classes are registered as
 * classes (singletons by {@code @Singleton}); their constructors take the ports from the
 * application's configuration property {@link #DEPENDENCIES}, so that no container-specific
 * injection is needed.
 */
public final class Resources {
    /** The resources every application serves: the OpenAPI document (health is the application's, at the top). */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(OpenApiResource.class);

    private Resources() {
    }

    /** The ports and helpers the resources are built with. */
    public record Dependencies(ServiceDeskUseCase desk, TicketWorkUseCase work, TicketQueries queries,
                               ContactQueries contacts, IdempotencyStore idempotency, Transactions transactions, Clock clock,
                               Duration idempotencyRetention, ApiJson json,
                               RequestValidation validation) {
        public Dependencies {
            checkNotNull(desk, "desk");
            checkNotNull(work, "work");
            checkNotNull(queries, "queries");
            checkNotNull(contacts, "contacts");
            checkNotNull(idempotency, "idempotency");
            checkNotNull(transactions, "transactions");
            checkNotNull(clock, "clock");
            IdempotencyPurge.checkRetention(idempotencyRetention);
            checkNotNull(json, "json");
            checkNotNull(validation, "validation");
        }

        /** The creation of records under an {@code Idempotency-Key}, as every creating POST answers retries. */
        public IdempotentCreation idempotentCreation() {
            return new IdempotentCreation(idempotency, transactions, clock, idempotencyRetention, json);
        }
    }

    /** The configuration property under which the application carries the {@link Dependencies}. */
    public static final String DEPENDENCIES = Resources.class.getName() + ".dependencies";

    /** The property under which the application keeps its {@link ServerLoad}. */
    public static final String SERVER_LOAD = Resources.class.getName() + ".serverLoad";

    /** The server's load ({@link #SERVER_LOAD}); one that never reports overload when none was configured. */
    public static ServerLoad serverLoad(Configuration configuration) {
        return configuration.getProperty(SERVER_LOAD) instanceof ServerLoad found ? found : new ServerLoad();
    }

    /** The dependencies the application was configured with ({@link #DEPENDENCIES}). */
    public static Dependencies dependencies(Configuration configuration) {
        Object dependencies = configuration.getProperty(DEPENDENCIES);
        if (!(dependencies instanceof Dependencies found)) {
            throw new IllegalStateException("the application has no property " + DEPENDENCIES);
        }
        return found;
    }
}
