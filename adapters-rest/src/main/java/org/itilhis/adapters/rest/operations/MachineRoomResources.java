package org.itilhis.adapters.rest.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.ports.operations.in.MachineRoomQueries;
import org.itilhis.ports.operations.in.MachineRoomUseCase;

/** The machine room log's registration in the API: its resource and ports. */
public final class MachineRoomResources {
    /** The resources of the machine room log. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(MachineRoomLogResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = MachineRoomResources.class.getName() + ".ports";

    private MachineRoomResources() {
    }

    /** The inbound ports of the machine room log. */
    public record Ports(MachineRoomUseCase log, MachineRoomQueries queries) {
        public Ports {
            checkNotNull(log, "log");
            checkNotNull(queries, "queries");
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
