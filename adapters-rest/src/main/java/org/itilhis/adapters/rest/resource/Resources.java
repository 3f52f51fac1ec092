package org.itilhis.adapters.rest.resource;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import java.time.Clock;
import java.util.Optional;
import org.itilhis.adapters.rest.http.ServerLoad;
import org.itilhis.adapters.rest.json.ApiJson;
import org.itilhis.adapters.rest.problem.RequestValidation;
import org.itilhis.ports.common.IdempotencyStore;
import org.itilhis.ports.common.Transactions;
import org.itilhis.ports.configuration.in.CmdbImport;
import org.itilhis.ports.configuration.in.CmdbQueries;
import org.itilhis.ports.configuration.in.CmdbUseCase;
import org.itilhis.ports.servicedesk.in.ContactQueries;
import org.itilhis.ports.servicedesk.in.ServiceDeskUseCase;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketWorkUseCase;
import org.itilhis.ports.servicelevel.in.SlaAdministration;
import org.itilhis.ports.servicelevel.in.SlaQueries;

/**
 * The resource classes of the API and what they are built with. The classes are registered as
 * classes (singletons by {@code @Singleton}); their constructors take the ports from the
 * application's configuration property {@link #DEPENDENCIES}, so that no container-specific
 * injection is needed.
 */
public final class Resources {
    /** Every resource class, for the application and for the check of the OpenAPI document. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(ContactResource.class,
            IncidentResource.class, ServiceRequestResource.class, QueueResource.class, HealthResource.class,
            OpenApiResource.class);

    /**
     * The resources of service level management (clocks, the at-risk list, the SLA
     * configuration, calendars), registered only when the application is given its ports.
     */
    public static final ImmutableList<Class<?>> SERVICE_LEVEL_CLASSES = ImmutableList.of(ClockResource.class,
            SlaResource.class, CalendarResource.class);

    /**
     * The resources of configuration management (items, classes, relationship rules, impact,
     * the items a ticket affects, the items near a contact's caller), registered only when the application is given its ports.
     */
    public static final ImmutableList<Class<?>> CMDB_CLASSES = ImmutableList.of(CiResource.class,
            CiClassResource.class, RelationshipRuleResource.class, ImpactResource.class, AffectedCiResource.class,
            NearbyCiResource.class);

    private Resources() {
    }

    /** The ports and helpers the resources are built with. */
    public record Dependencies(ServiceDeskUseCase desk, TicketWorkUseCase work, TicketQueries queries,
                               ContactQueries contacts, IdempotencyStore idempotency, Transactions transactions, Clock clock, ApiJson json,
                               RequestValidation validation) {
        public Dependencies {
            checkNotNull(desk, "desk");
            checkNotNull(work, "work");
            checkNotNull(queries, "queries");
            checkNotNull(contacts, "contacts");
            checkNotNull(idempotency, "idempotency");
            checkNotNull(transactions, "transactions");
            checkNotNull(clock, "clock");
            checkNotNull(json, "json");
            checkNotNull(validation, "validation");
        }
    }

    /** The configuration property under which the application carries the {@link Dependencies}. */
    public static final String DEPENDENCIES = Resources.class.getName() + ".dependencies";

    /** The ports of service level management, beside the {@link Dependencies}. */
    public record ServiceLevelDependencies(SlaQueries queries, SlaAdministration administration) {
        public ServiceLevelDependencies {
            checkNotNull(queries, "queries");
            checkNotNull(administration, "administration");
        }
    }

    /** The configuration property under which the application carries the {@link ServiceLevelDependencies}. */
    public static final String SERVICE_LEVELS = Resources.class.getName() + ".serviceLevels";

    /** The ports of configuration management, beside the {@link Dependencies}; the CSV import is optional. */
    public record CmdbDependencies(CmdbUseCase items, CmdbQueries queries, Optional<CmdbImport> imports) {
        public CmdbDependencies {
            checkNotNull(items, "items");
            checkNotNull(queries, "queries");
            checkNotNull(imports, "imports");
        }
    }

    /** The configuration property under which the application carries the {@link CmdbDependencies}. */
    public static final String CMDB = Resources.class.getName() + ".cmdb";

    /** The CMDB ports the application was configured with ({@link #CMDB}). */
    static CmdbDependencies cmdb(Configuration configuration) {
        Object cmdb = configuration.getProperty(CMDB);
        if (!(cmdb instanceof CmdbDependencies found)) {
            throw new IllegalStateException("the application has no property " + CMDB);
        }
        return found;
    }

    /** The CMDB ports, if the application was configured with them ({@link #CMDB}). */
    static Optional<CmdbDependencies> cmdbIfServed(Configuration configuration) {
        return configuration.getProperty(CMDB) instanceof CmdbDependencies found ? Optional.of(found) : Optional.empty();
    }

    /** The property under which the application keeps its {@link ServerLoad}. */
    public static final String SERVER_LOAD = Resources.class.getName() + ".serverLoad";

    /** The server's load ({@link #SERVER_LOAD}); one that never reports overload when none was configured. */
    static ServerLoad serverLoad(Configuration configuration) {
        return configuration.getProperty(SERVER_LOAD) instanceof ServerLoad found ? found : new ServerLoad();
    }

    /** The service level ports, if the application was configured with them ({@link #SERVICE_LEVELS}). */
    static Optional<ServiceLevelDependencies> serviceLevelsIfServed(Configuration configuration) {
        return configuration.getProperty(SERVICE_LEVELS) instanceof ServiceLevelDependencies found
                ? Optional.of(found) : Optional.empty();
    }

    /** The service level ports the application was configured with ({@link #SERVICE_LEVELS}). */
    static ServiceLevelDependencies serviceLevels(Configuration configuration) {
        Object levels = configuration.getProperty(SERVICE_LEVELS);
        if (!(levels instanceof ServiceLevelDependencies found)) {
            throw new IllegalStateException("the application has no property " + SERVICE_LEVELS);
        }
        return found;
    }

    /** The dependencies the application was configured with ({@link #DEPENDENCIES}). */
    static Dependencies dependencies(Configuration configuration) {
        Object dependencies = configuration.getProperty(DEPENDENCIES);
        if (!(dependencies instanceof Dependencies found)) {
            throw new IllegalStateException("the application has no property " + DEPENDENCIES);
        }
        return found;
    }
}
