package org.itilhis.adapters.rest.servicedesk;

import static com.google.common.base.Preconditions.checkNotNull;
import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.problemdetails.RequestValidation;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.AssignJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.CallerUpdateJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.EscalateJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.HoldJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.OverridePriorityJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.RatingJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReasonJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.ReprioritiseJson;
import org.itilhis.adapters.rest.servicedesk.TicketRequestJson.WorkLogJson;
import org.itilhis.adapters.rest.servicedesk.TicketStep.Bodiless;
import org.itilhis.adapters.rest.servicedesk.TicketStep.Reasoned;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * Incidents or service requests (one subclass each): search, read by id or number (with
 * {@code ETag}; {@code If-None-Match} answers 304), the audit trail, and every workflow step
 * and record-keeping action as {@code POST /{id}/<action>}. Each step requires
 * {@code If-Match} and answers the changed ticket with its new {@code ETag}.
 *
 * <p>Every step has one shape: its request body is a {@link TicketStep}, which makes the step's
 * command ({@link TicketRequestJson}'s records, {@link ResolutionJson}), the steps without a
 * body are constants of {@link TicketStep.Bodiless}, and the four that share a {@link
 * ReasonJson} are constants of {@link TicketStep.Reasoned}; {@link #step} runs any of them
 * through {@link TicketAccess#step}. What is left here per step is its path, its body type and
 * one call, and that much stays on purpose: the OpenAPI document is written by hand ({@code
 * common/OpenApiResource}) and {@code OpenApiDocumentTest} holds it to these methods'
 * annotations, one Jakarta REST method per described operation with the body type its schema
 * names, and Jersey answers an unknown step (404), a wrong method (405) or a body that is
 * not JSON (415) from the same annotations. One {@code {id}/{step}} method would have to
 * redo both by hand.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class TicketResource extends ResourceSupport {
    private final TicketAccess tickets;

    TicketResource(TicketAccess tickets, RequestValidation validation) {
        super(validation);
        this.tickets = checkNotNull(tickets, "tickets");
    }

    @GET
    public TicketSummaryJson.PageJson search(@QueryParam("status") List<String> status,
            @QueryParam("group") List<String> group, @QueryParam("engineer") String engineer,
            @QueryParam("caller") String caller, @QueryParam("priority") String priority,
            @QueryParam("department") String department, @QueryParam("q") String text,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        TicketSearchParams.Query query = new TicketSearchParams.Query(status, group, engineer, caller, priority,
                department, text, limit, cursor);
        return new TicketSearchParams().page(tickets.queries(), actor(), tickets.type(), query);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        TicketView ticket = tickets.find(actor(), id);
        return unlessNotModified(ifNoneMatch, ticket.version(), () -> TicketJson.of(ticket));
    }

    @GET
    @Path("{id}/history")
    public EventJson.HistoryJson history(@PathParam("id") String id) {
        Actor actor = actor();
        TicketView ticket = tickets.find(actor, id);
        return new EventJson.HistoryJson(
                tickets.queries().history(actor, ticket.id()).stream().map(EventJson::of).toList());
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, AssignJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/accept")
    public Response accept(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.ACCEPT);
    }

    @POST
    @Path("{id}/start")
    public Response start(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.START);
    }

    @POST
    @Path("{id}/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response hold(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, HoldJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/resume")
    public Response resume(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.RESUME);
    }

    @POST
    @Path("{id}/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response escalate(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, EscalateJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/escalate-to-lead")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response escalateToLead(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ReasonJson body) {
        return step(id, ifMatch, Reasoned.ESCALATE_TO_LEAD.with(body));
    }

    @POST
    @Path("{id}/update-caller")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateCaller(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                 CallerUpdateJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolve(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ResolutionJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/confirm")
    public Response confirm(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.CONFIRM);
    }

    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reopen(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ReasonJson body) {
        return step(id, ifMatch, Reasoned.REOPEN.with(body));
    }

    @POST
    @Path("{id}/close")
    public Response close(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch) {
        return step(id, ifMatch, Bodiless.CLOSE);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cancel(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, ReasonJson body) {
        return step(id, ifMatch, Reasoned.CANCEL.with(body));
    }

    @POST
    @Path("{id}/work-logs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addWorkLog(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, WorkLogJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rate(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, RatingJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/reprioritise")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reprioritise(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                 ReprioritiseJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/override-priority")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response overridePriority(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                     OverridePriorityJson body) {
        return step(id, ifMatch, body);
    }

    @POST
    @Path("{id}/declare-major-incident")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response declareMajorIncident(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch,
                                         ReasonJson body) {
        return step(id, ifMatch, Reasoned.DECLARE_MAJOR_INCIDENT.with(body));
    }
    /** Runs {@code step} ({@code null}: the request had no body) and answers the changed ticket with its tag. */
    private Response step(String id, String ifMatch, TicketStep step) {
        TicketView changed = tickets.step(actor(), id, ifMatch, step, this::valid);
        return Response.ok(TicketJson.of(changed)).tag(etag(changed.version())).build();
    }
}
