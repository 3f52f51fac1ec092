package org.itilhis.adapters.rest.roster;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.ports.roster.in.RosterQueries;
import org.itilhis.ports.roster.in.RosterUseCase;

/**
 * The duty roster's registration in the API: its resource classes (shifts, rosters, duty swaps,
 * shift handovers) and ports.
 */
public final class RosterResources {
    /** The resources of the duty roster. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(ShiftResource.class, RosterResource.class,
            SwapResource.class, HandoverResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = RosterResources.class.getName() + ".ports";

    private RosterResources() {
    }

    /** The inbound ports of the duty roster. */
    public record Ports(RosterUseCase roster, RosterQueries queries) {
        public Ports {
            checkNotNull(roster, "roster");
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
