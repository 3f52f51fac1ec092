package org.itilhis.adapters.rest.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.ports.operations.in.RepairQueries;
import org.itilhis.ports.operations.in.RepairUseCase;

/** The repairs' registration in the API: their resource class and ports. */
public final class RepairResources {
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(RepairResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = RepairResources.class.getName() + ".ports";

    private RepairResources() {
    }

    /** The inbound ports of repairs. */
    public record Ports(RepairUseCase repairs, RepairQueries queries) {
        public Ports {
            checkNotNull(repairs, "repairs");
            checkNotNull(queries, "queries");
        }
    }

    /** Registers the resources and their ports. */
    public static void register(ResourceConfig config, Ports ports) {
        checkNotNull(ports, "ports");
        CLASSES.forEach(config::register);
        config.property(PORTS, ports);
    }

    static Ports of(Configuration configuration) {
        if (configuration.getProperty(PORTS) instanceof Ports found) {
            return found;
        }
        throw new IllegalStateException("the application has no property " + PORTS);
    }
}
