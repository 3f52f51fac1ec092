package org.itilhis.adapters.rest.servicelevel;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import java.util.Optional;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.ports.servicelevel.in.SlaAdministration;
import org.itilhis.ports.servicelevel.in.SlaQueries;

/** Service level management's registration in the API: its resource classes and ports. */
public final class ServiceLevelResources {
    /** The resources of service level management: clocks, the SLA queue and report, configuration, calendars. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(ClockResource.class, SlaResource.class,
            CalendarResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = ServiceLevelResources.class.getName() + ".ports";

    private ServiceLevelResources() {
    }

    /** The inbound ports of service level management the resources call. */
    public record Ports(SlaQueries queries, SlaAdministration administration) {
        public Ports {
            checkNotNull(queries, "queries");
            checkNotNull(administration, "administration");
        }
    }

    /** Registers the resources and their ports. */
    public static void register(ResourceConfig config, Ports ports) {
        checkNotNull(ports, "ports");
        CLASSES.forEach(config::register);
        config.property(PORTS, ports);
    }

    /** The ports, if the application serves service level management. */
    public static Optional<Ports> ifServed(Configuration configuration) {
        return configuration.getProperty(PORTS) instanceof Ports found ? Optional.of(found) : Optional.empty();
    }

    /** The ports the application was configured with. */
    static Ports of(Configuration configuration) {
        return ifServed(configuration)
                .orElseThrow(() -> new IllegalStateException("the application has no property " + PORTS));
    }
}
