package org.itilhis.adapters.rest.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.ports.operations.in.InspectionQueries;
import org.itilhis.ports.operations.in.InspectionUseCase;

/**
 * The inspection rounds' registration in the API: its resource classes (templates, schedules,
 * rounds with the completion rates) and ports.
 */
public final class InspectionResources {
    /** The resources of the inspection rounds. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(InspectionTemplateResource.class,
            InspectionScheduleResource.class, InspectionRoundResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = InspectionResources.class.getName() + ".ports";

    private InspectionResources() {
    }

    /** The inbound ports of the inspection rounds. */
    public record Ports(InspectionUseCase inspections, InspectionQueries queries) {
        public Ports {
            checkNotNull(inspections, "inspections");
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
