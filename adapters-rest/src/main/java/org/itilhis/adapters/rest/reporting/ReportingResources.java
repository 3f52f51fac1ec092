package org.itilhis.adapters.rest.reporting;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.ports.reporting.in.WorkloadQueries;

/**
 * Reporting's registration in the API: its resource classes and ports. At the top of the
 * practices' order, it reads the others' figures through its own port only.
 */
public final class ReportingResources {
    /** The resources of reporting: the workload report. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(WorkloadResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = ReportingResources.class.getName() + ".ports";

    private ReportingResources() {
    }

    /** The inbound ports of reporting. */
    public record Ports(WorkloadQueries workload) {
        public Ports {
            checkNotNull(workload, "workload");
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
