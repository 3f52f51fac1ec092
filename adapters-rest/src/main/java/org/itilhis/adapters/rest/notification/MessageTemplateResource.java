package org.itilhis.adapters.rest.notification;

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
import java.util.Locale;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.notification.NotificationSettingsJson.MessageTemplateBodyJson;
import org.itilhis.adapters.rest.notification.NotificationSettingsJson.MessageTemplateJson;
import org.itilhis.adapters.rest.notification.NotificationSettingsJson.MessageTemplatesJson;
import org.itilhis.ports.notification.in.NotificationSettingsCommand;

/**
 * {@code /api/v1/notification-templates}: the hospital's overrides; one event type's template in
 * one language as it speaks (the override, else the library's default); setting an override
 * ({@code PUT}: refused, 422, when Mustache cannot compile it) and removing it ({@code DELETE}).
 */
@Singleton
@Path(NotificationSettingsResources.TEMPLATES)
@Produces(MediaType.APPLICATION_JSON)
public final class MessageTemplateResource extends ResourceSupport {
    private final NotificationSettingsResources.Ports ports;

    public MessageTemplateResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.ports = NotificationSettingsResources.of(configuration);
    }

    @GET
    public MessageTemplatesJson list() {
        return new MessageTemplatesJson(ports.queries().templates(actor()).stream().map(MessageTemplateJson::of).toList());
    }

    @GET
    @Path("{eventType}/{language}")
    public MessageTemplateJson get(@PathParam("eventType") String eventType, @PathParam("language") String language) {
        return MessageTemplateJson.of(ports.queries().template(actor(), eventType, language(language)));
    }

    @PUT
    @Path("{eventType}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MessageTemplateJson set(@PathParam("eventType") String eventType, @PathParam("language") String language,
                            MessageTemplateBodyJson body) {
        MessageTemplateBodyJson json = body(body);
        return MessageTemplateJson.of(ports.settings().setTemplate(valid(new NotificationSettingsCommand.SetTemplate(actor(),
                eventType, language(language), json.subject(), json.body()), new Fields())));
    }

    @DELETE
    @Path("{eventType}/{language}")
    public Response remove(@PathParam("eventType") String eventType, @PathParam("language") String language) {
        ports.settings().removeTemplate(valid(new NotificationSettingsCommand.RemoveTemplate(actor(), eventType,
                language(language)), new Fields()));
        return Response.noContent().build();
    }

    private static Locale language(String tag) {
        return Locale.forLanguageTag(tag.strip());
    }
}
