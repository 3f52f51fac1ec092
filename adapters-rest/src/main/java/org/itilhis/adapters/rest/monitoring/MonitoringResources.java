package org.itilhis.adapters.rest.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.ports.monitoring.in.AlertIntakeUseCase;
import org.itilhis.ports.monitoring.in.AlertMappingUseCase;
import org.itilhis.ports.monitoring.in.AlertSourceUseCase;
import org.itilhis.ports.monitoring.in.MonitoringQueries;

/** Monitoring's registration in the API: the receivers and alerts, the sources, the mapping rules, the rejections, and their ports. */
public final class MonitoringResources {
    public static final String ALERTS = ApiPaths.V1 + "/alerts";
    public static final String SOURCES = ApiPaths.V1 + "/alert-sources";
    public static final String MAPPINGS = ApiPaths.V1 + "/alert-mappings";
    public static final String REJECTIONS = ApiPaths.V1 + "/alert-rejections";

    /** The resources of monitoring. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(AlertResource.class,
            AlertSourceResource.class, AlertMappingResource.class, AlertRejectionResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = MonitoringResources.class.getName() + ".ports";

    private MonitoringResources() {
    }

    /** The inbound ports of monitoring ({@code Monitoring.intake()}, {@code sources()}, {@code mappings()}, {@code queries()}). */
    public record Ports(AlertIntakeUseCase intake, AlertSourceUseCase sources, AlertMappingUseCase mappings,
                        MonitoringQueries queries) {
        public Ports {
            checkNotNull(intake, "intake");
            checkNotNull(sources, "sources");
            checkNotNull(mappings, "mappings");
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
