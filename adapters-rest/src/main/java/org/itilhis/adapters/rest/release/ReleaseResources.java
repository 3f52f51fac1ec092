package org.itilhis.adapters.rest.release;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.ports.release.in.ReleaseQueries;
import org.itilhis.ports.release.in.ReleaseUseCase;

/** Release management's registration in the API: its resource classes and ports. */
public final class ReleaseResources {
    /** The resources of release management. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(ReleaseResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = ReleaseResources.class.getName() + ".ports";

    private ReleaseResources() {
    }

    /** The inbound ports of release management. */
    public record Ports(ReleaseUseCase releases, ReleaseQueries queries) {
        public Ports {
            checkNotNull(releases, "releases");
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
