package org.itilhis.adapters.rest.change;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.itilhis.adapters.rest.change.ChangeConfigurationJson.ChangeWindowJson;
import org.itilhis.adapters.rest.change.ChangeConfigurationJson.ChangeWindowsJson;
import org.itilhis.adapters.rest.change.ChangeConfigurationJson.DefineWindowJson;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.core.change.schedule.ChangeWindowId;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.change.in.ChangeConfigurationCommand;
import org.itilhis.ports.change.in.ChangeWindowNotFoundException;

/**
 * {@code /api/v1/blackout-windows}: the blackout and maintenance windows attached to items or
 * services, read by whoever sees changes; {@code PUT /{id}} defines or replaces one, recurring
 * weekly or dated, {@code DELETE /{id}} removes one defined by mistake (the change manager).
 */
@Singleton
@Path(ApiPaths.V1 + "/blackout-windows")
@Produces(MediaType.APPLICATION_JSON)
public final class ChangeWindowResource extends ResourceSupport {
    private final ChangeResources.Ports ports;

    public ChangeWindowResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.ports = ChangeResources.of(configuration);
    }

    @GET
    public ChangeWindowsJson list() {
        return new ChangeWindowsJson(ports.queries().windows(actor()).stream().map(ChangeWindowJson::of).toList());
    }

    @GET
    @Path("{id}")
    public ChangeWindowJson get(@PathParam("id") String id) {
        return ports.queries().windows(actor()).stream().filter(w -> w.id().value().equals(id)).findFirst()
                .map(ChangeWindowJson::of).orElseThrow(() -> new ChangeWindowNotFoundException(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChangeWindowJson define(@PathParam("id") String id, DefineWindowJson body) {
        Actor actor = actor();
        DefineWindowJson json = body(body);
        Fields fields = new Fields();
        ChangeConfigurationCommand.DefineWindow command = new ChangeConfigurationCommand.DefineWindow(actor,
                fields.id("id", id, ChangeWindowId::of), json.name(), json.kind(),
                ChangeRequestJson.cis("attachedTo", json.attachedTo(), fields), json.timing(fields),
                json.from(fields), json.until(fields));
        return ChangeWindowJson.of(ports.configuration().defineWindow(valid(command, fields,
                field -> field.equals("timing") ? "weekly" : field.equals("window") ? "id" : field)));
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        Actor actor = actor();
        Fields fields = new Fields();
        ChangeConfigurationCommand.RemoveWindow command = new ChangeConfigurationCommand.RemoveWindow(actor,
                fields.id("id", id, ChangeWindowId::of));
        ports.configuration().removeWindow(valid(command, fields));
        return Response.noContent().build();
    }
}
