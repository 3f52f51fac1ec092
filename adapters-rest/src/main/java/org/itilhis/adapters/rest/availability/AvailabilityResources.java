package org.itilhis.adapters.rest.availability;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.ports.availability.in.AvailabilityQueries;
import org.itilhis.ports.availability.in.AvailabilityReports;
import org.itilhis.ports.availability.in.AvailabilityUseCase;

/** Availability's registration in the API: its resources and ports. */
public final class AvailabilityResources {
    /** Outages declared on incidents. */
    public static final String OUTAGES = ApiPaths.V1 + "/outages";
    /** The business services' availability targets. */
    public static final String TARGETS = ApiPaths.V1 + "/availability-targets";
    /** The availability report. */
    public static final String REPORT = ApiPaths.V1 + "/reports/availability";

    /** The resources of availability. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(OutageResource.class,
            AvailabilityTargetResource.class, AvailabilityReportResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = AvailabilityResources.class.getName() + ".ports";

    private AvailabilityResources() {
    }

    /** The inbound ports of availability ({@code AvailabilityManagement.availability()}, {@code queries()}, {@code reports()}). */
    public record Ports(AvailabilityUseCase availability, AvailabilityQueries queries, AvailabilityReports reports) {
        public Ports {
            checkNotNull(availability, "availability");
            checkNotNull(queries, "queries");
            checkNotNull(reports, "reports");
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
