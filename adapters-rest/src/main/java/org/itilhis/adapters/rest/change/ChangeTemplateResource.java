package org.itilhis.adapters.rest.change;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.itilhis.adapters.rest.change.ChangeConfigurationJson.ChangeTemplateJson;
import org.itilhis.adapters.rest.change.ChangeConfigurationJson.ChangeTemplatesJson;
import org.itilhis.adapters.rest.change.ChangeConfigurationJson.DefineTemplateJson;
import org.itilhis.adapters.rest.change.ChangeConfigurationJson.WeeklyWindowJson;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.change.in.ChangeConfigurationCommand;
import org.itilhis.ports.change.in.ChangeTemplateNotFoundException;

/**
 * {@code /api/v1/change-templates}: the standard change templates, read by whoever sees changes;
 * {@code PUT /{code}} defines or replaces one (the change manager, {@code
 * MANAGE_CHANGE_CONFIGURATION}).
 */
@Singleton
@Path(ApiPaths.V1 + "/change-templates")
@Produces(MediaType.APPLICATION_JSON)
public final class ChangeTemplateResource extends ResourceSupport {
    private final ChangeResources.Ports ports;

    public ChangeTemplateResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.ports = ChangeResources.of(configuration);
    }

    @GET
    public ChangeTemplatesJson list() {
        return new ChangeTemplatesJson(ports.queries().templates(actor()).stream().map(ChangeTemplateJson::of)
                .toList());
    }

    @GET
    @Path("{code}")
    public ChangeTemplateJson get(@PathParam("code") String code) {
        return ports.queries().templates(actor()).stream().filter(t -> t.code().equals(code)).findFirst()
                .map(ChangeTemplateJson::of).orElseThrow(() -> new ChangeTemplateNotFoundException(code));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChangeTemplateJson define(@PathParam("code") String code, DefineTemplateJson body) {
        Actor actor = actor();
        DefineTemplateJson json = body(body);
        Fields fields = new Fields();
        List<WeeklyWindow> windows = null;
        if (json.windows() != null) {
            windows = new ArrayList<>();
            for (int i = 0; i < json.windows().size(); i++) {
                WeeklyWindowJson window = json.windows().get(i);
                fields.check(window != null, "windows[" + i + "]", "field.required");
                WeeklyWindow parsed = window == null ? null : window.window("windows[" + i + "]", fields);
                if (parsed != null) {
                    windows.add(parsed);
                }
            }
        }
        ChangeConfigurationCommand.DefineTemplate command = new ChangeConfigurationCommand.DefineTemplate(actor,
                code, json.name(), classes(json.ciClasses(), fields),
                ChangeRequestJson.cis("cis", json.cis(), fields), windows, json.risk());
        return ChangeTemplateJson.of(ports.configuration().defineTemplate(valid(command, fields)));
    }

    /** The class codes as sent, a missing one named by its index. */
    private static Set<String> classes(List<String> codes, Fields fields) {
        if (codes == null) {
            return null;
        }
        Set<String> classes = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            fields.check(codes.get(i) != null, "ciClasses[" + i + "]", "field.required");
            if (codes.get(i) != null) {
                classes.add(codes.get(i));
            }
        }
        return classes;
    }
}
