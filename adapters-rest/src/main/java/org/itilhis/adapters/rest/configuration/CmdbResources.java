package org.itilhis.adapters.rest.configuration;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import java.util.Optional;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.adapters.rest.servicedesk.ServiceDeskResources;
import org.itilhis.ports.configuration.in.CmdbImport;
import org.itilhis.ports.configuration.in.CmdbQueries;
import org.itilhis.ports.configuration.in.CmdbUseCase;

/**
 * Configuration management's registration in the API: its resource classes and ports, and
 * the service desk's {@link ServiceDeskResources.TicketsAgainstItems}, which it implements.
 */
public final class CmdbResources {
    /** The resources of the CMDB: items, classes, relationship rules, impact, affected items, nearby items. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(CiResource.class, CiClassResource.class,
            RelationshipRuleResource.class, ImpactResource.class, AffectedCiResource.class, NearbyCiResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = CmdbResources.class.getName() + ".ports";

    private CmdbResources() {
    }

    /** The inbound ports of configuration management; the CSV import is optional. */
    public record Ports(CmdbUseCase items, CmdbQueries queries, Optional<CmdbImport> imports) {
        public Ports {
            checkNotNull(items, "items");
            checkNotNull(queries, "queries");
            checkNotNull(imports, "imports");
        }
    }

    /** Registers the resources, their ports, and raising the service desk's tickets against items. */
    public static void register(ResourceConfig config, Ports ports) {
        checkNotNull(ports, "ports");
        CLASSES.forEach(config::register);
        config.property(PORTS, ports);
        config.property(ServiceDeskResources.AGAINST_ITEMS,
                (ServiceDeskResources.TicketsAgainstItems) ports.items()::raiseAgainst);
    }

    /** The ports the application was configured with. */
    static Ports of(Configuration configuration) {
        if (configuration.getProperty(PORTS) instanceof Ports found) {
            return found;
        }
        throw new IllegalStateException("the application has no property " + PORTS);
    }
}
