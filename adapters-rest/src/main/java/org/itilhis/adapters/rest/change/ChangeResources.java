package org.itilhis.adapters.rest.change;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.ports.change.in.ChangeConfigurationUseCase;
import org.itilhis.ports.change.in.ChangeQueries;
import org.itilhis.ports.change.in.ChangeUseCase;

/**
 * Change management's registration in the API: its resource classes and ports. Above the CMDB,
 * problem management and the desk, it links a change to their records itself.
 */
public final class ChangeResources {
    /** The resources of change management: changes, templates, boards, windows and the schedule. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(ChangeResource.class,
            ChangeTemplateResource.class, CabResource.class, ChangeWindowResource.class,
            ChangeScheduleResource.class, ChangeCalendarFeedResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = ChangeResources.class.getName() + ".ports";

    private ChangeResources() {
    }

    /** The inbound ports of change management. */
    public record Ports(ChangeUseCase changes, ChangeQueries queries, ChangeConfigurationUseCase configuration) {
        public Ports {
            checkNotNull(changes, "changes");
            checkNotNull(queries, "queries");
            checkNotNull(configuration, "configuration");
        }
    }

    /** Registers the resources and their ports. */
    public static void register(ResourceConfig config, Ports ports) {
        checkNotNull(ports, "ports");
        CLASSES.forEach(config::register);
        config.property(PORTS, ports);
    }

    /** The ports the application was configured with. */
    static Ports of(Configuration configuration) {
        if (configuration.getProperty(PORTS) instanceof Ports found) {
            return found;
        }
        throw new IllegalStateException("the application has no property " + PORTS);
    }
}
