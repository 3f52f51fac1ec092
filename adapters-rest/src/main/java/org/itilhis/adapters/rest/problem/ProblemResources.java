package org.itilhis.adapters.rest.problem;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.ports.problem.in.CandidateProblems;
import org.itilhis.ports.problem.in.KnownErrorSuggestions;
import org.itilhis.ports.problem.in.ProblemQueries;
import org.itilhis.ports.problem.in.ProblemUseCase;

/**
 * Problem management's registration in the API: its resource classes and ports. Above the
 * service desk and the CMDB, it serves what links a problem to the desk's records itself
 * ({@code /incidents/{id}/problems}, {@code /contacts/{id}/resolve-with-known-error}), so the
 * desk's resources know nothing of problems.
 */
public final class ProblemResources {
    /** The resources of problem management: problems, known errors, candidates, and its links to the desk's records. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(ProblemResource.class,
            KnownErrorResource.class, CandidateProblemResource.class, IncidentProblemResource.class,
            KnownErrorAtContactResource.class, ContactKnownErrorResource.class,
            IncidentKnownErrorResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = ProblemResources.class.getName() + ".ports";

    private ProblemResources() {
    }

    /** The inbound ports of problem management. */
    public record Ports(ProblemUseCase problems, ProblemQueries queries, CandidateProblems candidates,
                        KnownErrorSuggestions suggestions) {
        public Ports {
            checkNotNull(problems, "problems");
            checkNotNull(queries, "queries");
            checkNotNull(candidates, "candidates");
            checkNotNull(suggestions, "suggestions");
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
