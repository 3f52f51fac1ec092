package org.itilhis.adapters.rest.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;
import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.IdempotentCreation;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.core.monitoring.AlertSourceKind;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.monitoring.in.AlertSourceCommand;
import org.itilhis.ports.monitoring.in.AlertSourceView;
import org.itilhis.ports.monitoring.in.IssuedCredentials;

/**
 * {@code /api/v1/alert-sources}: the monitoring sources (never their credentials), one (with
 * {@code ETag}), registering one ({@code 201} with its token, and a signed generic source's
 * secret, the only time they are shown; idempotent with {@code Idempotency-Key}), rotating its
 * credentials, disabling and enabling it, each with {@code If-Match}. An answer carrying a
 * credential is marked {@code Cache-Control: no-store}.
 */
@Singleton
@Path(MonitoringResources.SOURCES)
@Produces(MediaType.APPLICATION_JSON)
public final class AlertSourceResource extends ResourceSupport {
    private static final String NO_STORE = "no-store";

    private final MonitoringResources.Ports ports;
    private final IdempotentCreation creation;

    public AlertSourceResource(@Context Configuration configuration) {
        this(Resources.dependencies(configuration), MonitoringResources.of(configuration));
    }

    AlertSourceResource(Resources.Dependencies dependencies, MonitoringResources.Ports ports) {
        super(dependencies.validation());
        this.ports = checkNotNull(ports, "ports");
        this.creation = dependencies.idempotentCreation();
    }

    @GET
    public MonitoringJson.AlertSourcesJson list() {
        return new MonitoringJson.AlertSourcesJson(ports.queries().sources(actor()).stream()
                .map(MonitoringJson.AlertSourceJson::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@HeaderParam(ApiPaths.IDEMPOTENCY_KEY) String key,
                             MonitoringJson.RegisterSourceBodyJson body) {
        Actor actor = actor();
        MonitoringJson.RegisterSourceBodyJson json = body(body);
        Response created = creation.create(actor, key, new Fingerprint("register-alert-source", json), () -> {
            Fields fields = new Fields();
            AlertSourceKind kind = kind(json.kind(), fields);
            IssuedCredentials issued = ports.sources().register(valid(new AlertSourceCommand.Register(actor,
                    json.code(), kind, json.token(), Boolean.TRUE.equals(json.signed()), json.signingSecret()),
                    fields));
            return new IdempotentCreation.Created(MonitoringResources.SOURCES.substring(1) + "/"
                    + issued.source().code(), MonitoringJson.IssuedCredentialsJson.of(issued));
        });
        return Response.fromResponse(created).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code, @HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        AlertSourceView view = ports.queries().source(actor(), code);
        return unlessNotModified(ifNoneMatch, view.version(), () -> MonitoringJson.AlertSourceJson.of(view));
    }

    @POST
    @Path("{code}/rotate-credentials")
    public Response rotate(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch,
                           MonitoringJson.RotateCredentialsBodyJson body) {
        Actor actor = actor();
        Long version = expected(actor, code, ifMatch);
        MonitoringJson.RotateCredentialsBodyJson json = body == null
                ? new MonitoringJson.RotateCredentialsBodyJson(null, null, null) : body;
        IssuedCredentials issued = ports.sources().rotateCredentials(valid(new AlertSourceCommand.RotateCredentials(
                actor, code, version, json.token(), Boolean.TRUE.equals(json.signed()), json.signingSecret()),
                new Fields()));
        return Response.ok(MonitoringJson.IssuedCredentialsJson.of(issued)).tag(etag(issued.source().version()))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @POST
    @Path("{code}/disable")
    public Response disable(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch) {
        Actor actor = actor();
        Long version = expected(actor, code, ifMatch);
        return answer(ports.sources().disable(valid(new AlertSourceCommand.Disable(actor, code, version),
                new Fields())));
    }

    @POST
    @Path("{code}/enable")
    public Response enable(@PathParam("code") String code, @HeaderParam(IF_MATCH) String ifMatch) {
        Actor actor = actor();
        Long version = expected(actor, code, ifMatch);
        return answer(ports.sources().enable(valid(new AlertSourceCommand.Enable(actor, code, version),
                new Fields())));
    }

    private Long expected(Actor actor, String code, String ifMatch) {
        return Conditions.expected(ifMatch, () -> ports.queries().source(actor, code));
    }

    private static Response answer(AlertSourceView view) {
        return Response.ok(MonitoringJson.AlertSourceJson.of(view)).tag(etag(view.version())).build();
    }

    private static AlertSourceKind kind(String text, Fields fields) {
        if (text == null) {
            return null;
        }
        try {
            return AlertSourceKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            fields.check(false, "kind", "field.unknown-value", Arrays.toString(AlertSourceKind.values()));
            return null;
        }
    }

    /** What makes two creating requests the same request, besides the key. */
    private record Fingerprint(String operation, Object body) {
    }
}
