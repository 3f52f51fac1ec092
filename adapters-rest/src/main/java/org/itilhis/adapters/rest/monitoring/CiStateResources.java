package org.itilhis.adapters.rest.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.ports.monitoring.in.CiStateQueries;

/**
 * Monitoring's correlation over HTTP: the items not operational and what they affect now
 * ({@code /api/v1/ci-states}), and the incident of an alert ({@code /api/v1/alerts/{position}/incident}).
 */
public final class CiStateResources {
    public static final String CI_STATES = ApiPaths.V1 + "/ci-states";
    public static final String ALERT_INCIDENT = ApiPaths.V1 + "/alerts/{position}/incident";

    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(CiStateResource.class,
            AlertIncidentResource.class);

    /** The configuration property under which the application carries the queries. */
    public static final String QUERIES = CiStateResources.class.getName() + ".queries";

    private CiStateResources() {
    }

    /** Registers the resources and the queries they answer from. */
    public static void register(ResourceConfig config, CiStateQueries queries) {
        checkNotNull(queries, "queries");
        CLASSES.forEach(config::register);
        config.property(QUERIES, queries);
    }

    static CiStateQueries of(Configuration configuration) {
        if (configuration.getProperty(QUERIES) instanceof CiStateQueries queries) {
            return queries;
        }
        throw new IllegalStateException("the application has no property " + QUERIES);
    }
}
