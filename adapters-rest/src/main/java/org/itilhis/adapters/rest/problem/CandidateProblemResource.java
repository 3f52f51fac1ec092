package org.itilhis.adapters.rest.problem;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.problem.CandidateProblemJson.CandidateProblemsJson;
import org.itilhis.adapters.rest.problem.CandidateProblemJson.DismissalJson;
import org.itilhis.adapters.rest.problem.CandidateProblemJson.DismissalsJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReasonJson;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.problem.in.CandidateProblems;
import org.itilhis.ports.servicedesk.in.TicketQueries;

/**
 * {@code /api/v1/problem-candidates}: the candidate problems proactive detection finds now in
 * the incidents of the last days, each with its incidents (needs VIEW_CANDIDATE_PROBLEMS);
 * {@code POST /{id}/accept} logs a problem with the candidate's incidents linked ({@code 201}
 * at the problem's {@code Location}, idempotent with {@code Idempotency-Key}); {@code POST
 * /{id}/dismiss} keeps the dismissal with its reason ({@code 204}), so that the cluster comes
 * back only when new incidents reach the rule's threshold again. Deciding needs
 * DECIDE_CANDIDATE_PROBLEMS; a candidate no longer found (dismissed or accepted meanwhile) is
 * 404 {@code problem.candidate-not-found}.
 */
@Singleton
@Path(ApiPaths.PROBLEM_CANDIDATES)
@Produces(MediaType.APPLICATION_JSON)
public final class CandidateProblemResource extends ResourceSupport {
    private final CandidateProblems candidates;
    private final TicketQueries tickets;
    private final IdempotentCreation creation;

    public CandidateProblemResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), ProblemResources.of(configuration));
    }

    CandidateProblemResource(Resources.Dependencies ports, ProblemResources.Ports problem) {
        super(ports.validation());
        this.candidates = checkNotNull(problem.candidates(), "candidates");
        this.tickets = checkNotNull(ports.queries(), "queries");
        this.creation = ports.idempotentCreation();
    }

    /** The candidates now, their incidents read as one batch per candidate. */
    @GET
    public CandidateProblemsJson list() {
        Actor actor = actor();
        return new CandidateProblemsJson(candidates.candidates(actor).stream()
                .map(candidate -> CandidateProblemJson.of(candidate, tickets.queued(actor, candidate.incidents())))
                .toList());
    }

    /** Every dismissal, oldest first: which rule and key, when, by whom and why. */
    @GET
    @Path("dismissals")
    public DismissalsJson dismissals() {
        return new DismissalsJson(candidates.dismissals(actor()).stream().map(DismissalJson::of).toList());
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response accept(@PathParam("id") String id, @HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key,
                           LogProblemJson body) {
        Actor actor = actor();
        CandidateId candidate = CandidateId.parse(id);
        LogProblemJson json = body(body);
        return creation.create(actor, key, new Fingerprint("accept", candidate.token(), json), () -> {
            Fields fields = new Fields();
            CandidateProblems.Accept command = new CandidateProblems.Accept(candidate.rule(), candidate.key(),
                    json.command(actor, fields));
            return ProblemResource.created(candidates.accept(valid(command, fields, CandidateProblemResource::fieldName)));
        });
    }

    @POST
    @Path("{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dismiss(@PathParam("id") String id, ReasonJson body) {
        Actor actor = actor();
        CandidateId candidate = CandidateId.parse(id);
        String reason = body(body).reason();
        candidates.dismiss(valid(new CandidateProblems.Dismiss(actor, candidate.rule(), candidate.key(), reason),
                new Fields(), CandidateProblemResource::fieldName));
        return Response.noContent().build();
    }

    /**
     * The field a client sent for a property path of a decision: the candidate's rule and key
     * are its {@code id}; the problem of an acceptance is the body itself.
     */
    private static String fieldName(String propertyPath) {
        if (propertyPath.equals("rule") || propertyPath.equals("key")) {
            return "id";
        }
        return propertyPath.startsWith("problem.") ? propertyPath.substring("problem.".length()) : propertyPath;
    }

    /** What makes two acceptances the same request, besides the key. */
    private record Fingerprint(String operation, String candidate, Object body) {
    }
}
