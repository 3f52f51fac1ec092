package org.itilhis.adapters.rest.configuration;

import static com.google.common.base.Preconditions.checkNotNull;
import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.CiIds;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.IfMatch;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.configuration.CiRequestJson.LifecycleJson;
import org.itilhis.adapters.rest.configuration.CiRequestJson.RedundancyJson;
import org.itilhis.adapters.rest.configuration.CiRequestJson.RegisterCiJson;
import org.itilhis.adapters.rest.configuration.CiRequestJson.RelateJson;
import org.itilhis.adapters.rest.configuration.CiRequestJson.UpdateCiJson;
import org.itilhis.adapters.rest.configuration.CmdbLinksJson.CandidateCausesJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.adapters.rest.servicedesk.EventJson;
import org.itilhis.core.cmdb.CiClass;
import org.itilhis.core.cmdb.CiClassCatalogue;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.RelationshipType;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.configuration.in.CiView;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.ports.configuration.in.CmdbImport;
import org.itilhis.ports.configuration.in.CmdbQueries;
import org.itilhis.ports.configuration.in.CmdbUseCase;
import org.itilhis.ports.configuration.in.ImportOptions;

/**
 * Configuration items: registration ({@code POST}, with {@code Idempotency-Key}), the service
 * desk's lookup (by host name, IP address, the caller's location, class, department, status or
 * text), reading by id (with {@code ETag}, or as of a past instant) or asset tag, the update of
 * the details, lifecycle steps, relationships and redundancy rules (each with {@code If-Match},
 * answering the item with its new {@code ETag}), the history, the candidate causes of a failing
 * item and its open tickets. Reading needs VIEW_CMDB, changing MANAGE_CMDB; the core decides
 * (403 otherwise). Beside registration, the bulk import of a CSV file ({@code POST import},
 * served when the application is given the import port).
 */
@Singleton
@Path(ApiPaths.CIS)
@Produces(MediaType.APPLICATION_JSON)
public final class CiResource extends ResourceSupport {
    /**
     * An item's id in a path: any segment but {@code by-asset-tag}, so that
     * {@code /cis/by-asset-tag/candidate-causes} is the item tagged {@code candidate-causes}, not
     * the candidate causes of an item with the id {@code by-asset-tag}.
     */
    private static final String ID = "{id: (?!by-asset-tag(?:/|$))[^/]+}";

    private final CmdbUseCase items;
    private final CmdbQueries queries;
    private final Optional<CmdbImport> imports;
    private final IdempotentCreation creation;

    public CiResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), CmdbResources.of(configuration));
    }

    CiResource(Resources.Dependencies ports, CmdbResources.Ports cmdb) {
        super(ports.validation());
        this.items = checkNotNull(cmdb.items(), "items");
        this.queries = checkNotNull(cmdb.queries(), "queries");
        this.imports = checkNotNull(cmdb.imports(), "imports");
        this.creation = ports.idempotentCreation();
    }

    /** Registers an item; 201 with its {@code Location} and {@code ETag}. Needs MANAGE_CMDB. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, RegisterCiJson body) {
        Actor actor = actor();
        RegisterCiJson json = body(body);
        return creation.create(actor, key, new Fingerprint("register", "", json), () -> {
            Fields fields = new Fields();
            if (json.classCode() != null && !json.classCode().isBlank()) {
                CiClassCatalogue catalogue = queries.classes(actor);
                fields.check(catalogue.find(json.classCode().strip()).isPresent(), "classCode", "field.unknown-value",
                        String.join(", ", catalogue.classes().stream().map(CiClass::code).toList()));
            }
            CmdbCommand.RegisterCi command = valid(json.command(actor, fields), fields, CiRequestJson::fieldName);
            CiView registered = items.handle(command);
            return new IdempotentCreation.Created(ApiPaths.CIS.substring(1) + "/" + registered.item().id(),
                    CiJson.of(registered));
        });
    }

    /**
     * Imports a CSV file of items, sent as saved ({@code text/csv} or
     * {@code application/octet-stream}): its character set detected (UTF-8 with or without byte
     * order mark, else GB18030) unless {@code charset} names it; {@code mode}
     * {@code all-or-nothing} (the default) or {@code valid-rows-only}. 200 with the report, or
     * 422 with the same report when no row went in because of problems ({@link CiImports}).
     * Needs MANAGE_CMDB. No {@code Idempotency-Key}: items are matched by asset tag, so sending
     * the file again creates nothing and reports the items unchanged. The body may be as large
     * as the import's own limit ({@code RestApi.maxImportBytes()}, 64 MiB by default); the port
     * copies it to a temporary file rather than into memory.
     */
    @POST
    @Path("import")
    @Consumes({CiImports.TEXT_CSV, MediaType.APPLICATION_OCTET_STREAM})
    public ImportReportJson importCsv(@QueryParam("mode") String mode, @QueryParam("charset") String charset,
                                      @QueryParam("batchRows") String batchRows, InputStream csv) {
        CmdbImport port = imports.orElseThrow(NotFoundException::new);
        ImportOptions options = CiImports.options(mode, charset, batchRows);
        return CiImports.answer(port.importCsv(actor(), csv, options), locale());
    }

    /**
     * The lookup: items matching every parameter given, by asset tag, at most {@code limit}
     * (default 50, at most 500) after the {@code cursor} of the previous page; {@code class}
     * may be repeated and includes subclasses.
     */
    @GET
    public CiJson.CiPageJson search(@QueryParam("hostname") String hostname, @QueryParam("ipAddress") String ipAddress,
                                  @QueryParam("campus") String campus, @QueryParam("building") String building,
                                  @QueryParam("floor") String floor, @QueryParam("room") String room,
                                  @QueryParam("class") List<String> classes, @QueryParam("department") String department,
                                  @QueryParam("status") String status, @QueryParam("q") String text,
                                  @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return CiSearchParams.page(queries, actor(), new CiSearchParams.Query(hostname, ipAddress, campus, building,
                floor, room, classes, department, status, text, limit, cursor));
    }

    @GET
    @Path("by-asset-tag/{tag}")
    public Response byAssetTag(@PathParam("tag") String tag) {
        CiView item = queries.findByAssetTag(actor(), tag);
        return Response.ok(CiJson.of(item)).tag(etag(item.item().version())).build();
    }

    /**
     * The item now, with its {@code ETag} ({@code If-None-Match} answers 304); or, with
     * {@code asOf}, as it was at that instant (its version then, and no {@code ETag}: it cannot
     * be changed from there).
     */
    @GET
    @Path(ID)
    public Response get(@PathParam("id") String id, @QueryParam("asOf") String asOf,
                        @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        CiId ci = CiIds.one("id", id);
        if (asOf != null) {
            Fields fields = new Fields();
            Instant instant = instant("asOf", asOf, fields);
            if (instant == null) {
                throw ApiException.invalid(fields.errors());
            }
            return Response.ok(CiJson.of(queries.asOf(actor(), ci, instant))).build();
        }
        CiView item = queries.find(actor(), ci);
        return unlessNotModified(ifNoneMatch, item.item().version(), () -> CiJson.of(item));
    }

    /** Replaces the item's details as a whole; its class and status stay. */
    @PUT
    @Path(ID)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, UpdateCiJson body) {
        return change(id, ifMatch, (actor, ci, version, fields) -> body(body).command(actor, ci, version, fields));
    }

    /** Every change of the item, oldest first: who, when and what. */
    @GET
    @Path(ID + "/history")
    public EventJson.HistoryJson history(@PathParam("id") String id) {
        return new EventJson.HistoryJson(queries.history(actor(), CiIds.one("id", id)).stream()
                .map(CiEvents::of).toList());
    }

    /** A lifecycle step; a refused one lists the steps allowed now ({@code allowedActions}). */
    @POST
    @Path(ID + "/lifecycle")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response lifecycle(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, LifecycleJson body) {
        return change(id, ifMatch, (actor, ci, version, fields) -> body(body).command(actor, ci, version, fields));
    }

    /** Relates the item to another; the relationship rules decide which classes a type may join (422). */
    @POST
    @Path(ID + "/relationships")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response relate(@PathParam("id") String id, @HeaderParam(IF_MATCH) String ifMatch, RelateJson body) {
        return change(id, ifMatch, (actor, ci, version, fields) -> body(body).command(actor, ci, version, fields));
    }

    @DELETE
    @Path(ID + "/relationships/{type}/{to}")
    public Response unrelate(@PathParam("id") String id, @PathParam("type") String type, @PathParam("to") String to,
                             @HeaderParam(IF_MATCH) String ifMatch) {
        RelationshipType relationship = relationshipType(type);
        CiId other = CiIds.one("to", to);
        return change(id, ifMatch, (actor, ci, version, fields) ->
                new CmdbCommand.Unrelate(actor, ci, version, relationship, other));
    }

    /** Declares (or replaces) how the item tolerates failures of what it needs through {@code type}. */
    @PUT
    @Path(ID + "/redundancy/{type}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response declareRedundancy(@PathParam("id") String id, @PathParam("type") String type,
                                      @HeaderParam(IF_MATCH) String ifMatch, RedundancyJson body) {
        RelationshipType through = relationshipType(type);
        return change(id, ifMatch, (actor, ci, version, fields) -> body(body).command(actor, ci, version, through,
                fields));
    }

    @DELETE
    @Path(ID + "/redundancy/{type}")
    public Response withdrawRedundancy(@PathParam("id") String id, @PathParam("type") String type,
                                       @HeaderParam(IF_MATCH) String ifMatch) {
        RelationshipType through = relationshipType(type);
        return change(id, ifMatch, (actor, ci, version, fields) ->
                new CmdbCommand.WithdrawRedundancy(actor, ci, version, through));
    }

    /**
     * What the failing item (a business service, say) needs, nearest first, each with its path:
     * where to look for the cause; at most {@code limit} (default 100, at most 500).
     */
    @GET
    @Path(ID + "/candidate-causes")
    public CandidateCausesJson candidateCauses(@PathParam("id") String id, @QueryParam("limit") String limit) {
        Actor actor = actor();
        CiId failing = CiIds.one("id", id);
        return new CiReferences(queries, actor).candidateCauses(queries.candidateCauses(actor, failing),
                CiReferences.limit(limit));
    }

    /** The open incidents and service requests recorded against the item, most urgent first. */
    @GET
    @Path(ID + "/open-tickets")
    public OpenTicketJson.OpenTicketsJson openTickets(@PathParam("id") String id) {
        return new OpenTicketJson.OpenTicketsJson(queries.openTickets(actor(), CiIds.one("id", id)).stream()
                .map(OpenTicketJson::of).toList());
    }

    /**
     * Runs one change in the order 400 (id) - 428/400 ({@code If-Match}) - 404 - 412 - 400
     * (body) - the core's own answer.
     */
    private Response change(String id, String ifMatch, Change change) {
        CiId ci = CiIds.one("id", id);
        IfMatch condition = IfMatch.parse(ifMatch);
        Actor actor = actor();
        queries.find(actor, ci);
        if (condition.matchesNothing()) {
            throw ApiException.preconditionFailed();
        }
        Fields fields = new Fields();
        CmdbCommand command = valid(change.command(actor, ci, condition.version(), fields), fields,
                CiRequestJson::fieldName);
        CiView changed = items.handle(command);
        return Response.ok(CiJson.of(changed)).tag(etag(changed.item().version())).build();
    }

    /** Builds the command of a change once the expected version is known; {@code fields} collects the unconvertible. */
    @FunctionalInterface
    private interface Change {
        CmdbCommand command(Actor actor, CiId ci, Long expectedVersion, Fields fields);
    }

    private static RelationshipType relationshipType(String segment) {
        Fields fields = new Fields();
        RelationshipType type = CmdbNames.parse(RelationshipType.class, "type", segment, fields);
        if (type == null) {
            throw ApiException.invalid(fields.errors().isEmpty()
                    ? List.of(FieldError.keyed("type", "field.required")) : fields.errors());
        }
        return type;
    }

    /** What makes two registrations the same request, besides the key. */
    private record Fingerprint(String operation, String item, Object body) {
    }
}
