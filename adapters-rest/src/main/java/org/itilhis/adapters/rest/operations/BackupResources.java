package org.itilhis.adapters.rest.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.ports.operations.in.BackupQueries;
import org.itilhis.ports.operations.in.BackupUseCase;

/** The backup records' registration in the API: their resource class and ports. */
public final class BackupResources {
    /** The resources of the backup records. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(BackupResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = BackupResources.class.getName() + ".ports";

    private BackupResources() {
    }

    /** The inbound ports of the backup records. */
    public record Ports(BackupUseCase backups, BackupQueries queries) {
        public Ports {
            checkNotNull(backups, "backups");
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
