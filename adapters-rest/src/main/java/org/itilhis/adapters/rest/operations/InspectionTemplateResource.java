package org.itilhis.adapters.rest.operations;

import static com.google.common.base.Preconditions.checkNotNull;
import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.operations.InspectionTemplateJson.CreateInspectionTemplateJson;
import org.itilhis.adapters.rest.operations.InspectionTemplateJson.ChecklistItemDefinitionJson;
import org.itilhis.adapters.rest.operations.InspectionTemplateJson.ReviseInspectionTemplateJson;
import org.itilhis.adapters.rest.operations.InspectionTemplateJson.InspectionTemplatesJson;
import org.itilhis.adapters.rest.problemdetails.ApiException;
import org.itilhis.adapters.rest.problemdetails.FieldError;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.operations.in.InspectionCommand;
import org.itilhis.ports.operations.in.InspectionTemplateView;

/**
 * {@code /api/v1/inspections/templates}: a group lead writes a checklist template ({@code 201},
 * idempotent with {@code Idempotency-Key}) and revises it ({@code PUT /{code}} with the {@code
 * If-Match} of its newest version: the next version, whole; rounds made from earlier versions
 * keep theirs); the newest version of each of a group's templates; one version with the list of
 * every version ({@code ?version=}, the newest when left out; {@code ETag} its version).
 */
@Singleton
@Path(ApiPaths.INSPECTION_TEMPLATES)
@Produces(MediaType.APPLICATION_JSON)
public final class InspectionTemplateResource extends ResourceSupport {
    private final InspectionResources.Ports ports;
    private final IdempotentCreation creation;

    public InspectionTemplateResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), InspectionResources.of(configuration));
    }

    InspectionTemplateResource(Resources.Dependencies dependencies, InspectionResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
        this.creation = dependencies.idempotentCreation();
    }

    /** Writes a new template's first version; a code taken already is 412 {@code inspection-template.version-conflict}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key, CreateInspectionTemplateJson body) {
        Actor actor = actor();
        CreateInspectionTemplateJson json = body(body);
        return creation.create(actor, key, new Fingerprint("create", json), () -> {
            Fields fields = new Fields();
            InspectionCommand.WriteTemplate command = new InspectionCommand.WriteTemplate(actor, json.code(),
                    fields.id("group", json.group(), GroupId::of), 0L, json.name(), ci("ci", json.ci(), fields),
                    items(json.items(), fields));
            InspectionTemplateView written = ports.inspections().writeTemplate(valid(command, fields));
            return new IdempotentCreation.Created(ApiPaths.INSPECTION_TEMPLATES.substring(1) + "/"
                    + written.template().code(), InspectionTemplateJson.of(written));
        });
    }

    /** The newest version of each of the group's templates, by code. */
    @GET
    public InspectionTemplatesJson list(@QueryParam("group") String group) {
        Fields fields = new Fields();
        GroupId id = fields.id("group", group, GroupId::of);
        fields.check(group != null, "group", "field.required");
        if (!fields.errors().isEmpty()) {
            throw ApiException.invalid(fields.errors());
        }
        return new InspectionTemplatesJson(ports.queries().templates(actor(), id).stream().map(InspectionTemplateJson::of).toList());
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code, @QueryParam("version") String version,
                        @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        InspectionTemplateView template = ports.queries().template(actor(), code, versionOf(version));
        return unlessNotModified(ifNoneMatch, template.version(), () -> InspectionTemplateJson.of(template));
    }

    /** Writes the template's next version; answers it with its tag. */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch,
                           ReviseInspectionTemplateJson body) {
        Actor actor = actor();
        Long version = Conditions.expected(ifMatch, () -> ports.queries().template(actor, code, Optional.empty()));
        ReviseInspectionTemplateJson json = Conditions.required(body);
        GroupId group = ports.queries().template(actor, code, Optional.empty()).template().group();
        Fields fields = new Fields();
        InspectionCommand.WriteTemplate command = new InspectionCommand.WriteTemplate(actor, code, group, version,
                json.name(), ci("ci", json.ci(), fields), items(json.items(), fields));
        InspectionTemplateView written = ports.inspections().writeTemplate(valid(command, fields));
        return Response.ok(InspectionTemplateJson.of(written)).tag(etag(written.version())).build();
    }

    /** @throws ApiException (400) unless {@code text} is absent or a version number, 1 or more */
    private static Optional<Long> versionOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            long version = Long.parseLong(text.strip());
            if (version >= 1) {
                return Optional.of(version);
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw ApiException.invalid(FieldError.keyed("version", "field.invalid-value"));
    }

    private static List<InspectionCommand.ItemDefinition> items(List<ChecklistItemDefinitionJson> items, Fields fields) {
        if (items == null) {
            return null;
        }
        return IntStream.range(0, items.size()).mapToObj(i -> item("items[" + i + "]", items.get(i), fields)).toList();
    }

    private static InspectionCommand.ItemDefinition item(String field, ChecklistItemDefinitionJson json, Fields fields) {
        if (json == null) {
            return null;
        }
        return new InspectionCommand.ItemDefinition(json.code(), json.name(), json.kind(),
                ci(field + ".ci", json.ci(), fields), json.unit(), json.low(), json.high(), json.options(),
                json.failingOptions() == null ? null : new HashSet<>(json.failingOptions()));
    }

    private static CiId ci(String field, String text, Fields fields) {
        return fields.id(field, text, CiId::parse);
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
