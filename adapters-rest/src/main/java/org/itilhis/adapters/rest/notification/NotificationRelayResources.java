package org.itilhis.adapters.rest.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import java.util.Optional;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.ports.notification.in.DeadLetterUseCase;
import org.itilhis.ports.notification.in.RelayQueries;

/** The notification relay's resources: its standing and its dead letters' replay and skip. */
public final class NotificationRelayResources {
    public static final String RELAY = ApiPaths.V1 + "/notification-relay";

    /** The resources of the relay. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(NotificationRelayResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = NotificationRelayResources.class.getName() + ".ports";

    private NotificationRelayResources() {
    }

    /** The inbound ports of the relay's management ({@code RelayManagement.deadLetters()} and {@code queries()}). */
    public record Ports(DeadLetterUseCase deadLetters, RelayQueries queries) {
        public Ports {
            checkNotNull(deadLetters, "deadLetters");
            checkNotNull(queries, "queries");
        }
    }

    /** Registers the resources and their ports. */
    public static void register(ResourceConfig config, Ports ports) {
        checkNotNull(ports, "ports");
        CLASSES.forEach(config::register);
        config.property(PORTS, ports);
    }

    /** The ports the application was configured with, if it serves the relay (the health endpoint asks). */
    public static Optional<Ports> ifServed(Configuration configuration) {
        return configuration.getProperty(PORTS) instanceof Ports found ? Optional.of(found) : Optional.empty();
    }

    static Ports of(Configuration configuration) {
        return ifServed(configuration)
                .orElseThrow(() -> new IllegalStateException("the application has no property " + PORTS));
    }
}
