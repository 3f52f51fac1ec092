package org.itilhis.adapters.rest.notification;

import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotNull;
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
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.notification.NotificationSettingsJson.NotificationPreferenceBodyJson;
import org.itilhis.adapters.rest.notification.NotificationSettingsJson.NotificationPreferenceJson;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.notification.in.NotificationSettingsCommand;

/**
 * {@code /api/v1/notification-preferences/{staffId}}: how one person wants to be told ({@code me}
 * for the actor): read, set ({@code PUT}) and removed ({@code DELETE}) by the person, or by the
 * director.
 */
@Singleton
@Path(NotificationSettingsResources.PREFERENCES + "/{staffId}")
@Produces(MediaType.APPLICATION_JSON)
public final class NotificationPreferenceResource extends ResourceSupport {
    private final NotificationSettingsResources.Ports ports;

    public NotificationPreferenceResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.ports = NotificationSettingsResources.of(configuration);
    }

    @GET
    public NotificationPreferenceJson get(@PathParam("staffId") String staffId) {
        Actor actor = actor();
        Fields fields = new Fields();
        StaffId staff = valid(new StaffPath(staff(actor, staffId, fields)), fields).staff();
        return NotificationPreferenceJson.of(ports.queries().preference(actor, staff));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public NotificationPreferenceJson set(@PathParam("staffId") String staffId, NotificationPreferenceBodyJson body) {
        Actor actor = actor();
        NotificationPreferenceBodyJson json = body(body);
        Fields fields = new Fields();
        StaffId staff = staff(actor, staffId, fields);
        Channel channel = NotificationSettingsJson.enumValue("channel", json.channel(), Channel.class, fields);
        return NotificationPreferenceJson.of(ports.settings().setPreference(valid(new NotificationSettingsCommand.SetPreference(
                actor, staff, channel, json.address(),
                NotificationSettingsJson.language("language", json.language(), fields),
                NotificationSettingsJson.zone("zone", json.zone(), fields),
                NotificationSettingsJson.quietHours(json.quietHours(), fields)), fields)));
    }

    @DELETE
    public Response remove(@PathParam("staffId") String staffId) {
        Actor actor = actor();
        Fields fields = new Fields();
        StaffId staff = staff(actor, staffId, fields);
        ports.settings().removePreference(valid(new NotificationSettingsCommand.RemovePreference(actor, staff),
                fields));
        return Response.noContent().build();
    }

    /** The person the path names, checked as a command's field would be. */
    private record StaffPath(@NotNull StaffId staff) {
    }

    private static StaffId staff(Actor actor, String staffId, Fields fields) {
        return "me".equals(staffId) ? actor.staffId() : fields.id("staffId", staffId, StaffId::of);
    }
}
