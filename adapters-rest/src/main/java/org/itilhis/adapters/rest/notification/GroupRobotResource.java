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
import org.itilhis.adapters.rest.notification.NotificationSettingsJson.GroupRobotBodyJson;
import org.itilhis.adapters.rest.notification.NotificationSettingsJson.GroupRobotJson;
import org.itilhis.adapters.rest.notification.NotificationSettingsJson.GroupRobotsJson;
import org.itilhis.core.notification.Channel;
import org.itilhis.core.shared.GroupId;
import org.itilhis.ports.notification.in.NotificationSettingsCommand;

/**
 * {@code /api/v1/group-robots}: the robots of the groups the actor may see, their webhooks' keys
 * and secrets masked; setting a group's robot on {@code WECOM} or {@code DINGTALK} ({@code PUT
 * /{group}/{channel}}) and removing it ({@code DELETE}).
 */
@Singleton
@Path(NotificationSettingsResources.ROBOTS)
@Produces(MediaType.APPLICATION_JSON)
public final class GroupRobotResource extends ResourceSupport {
    private final NotificationSettingsResources.Ports ports;

    public GroupRobotResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.ports = NotificationSettingsResources.of(configuration);
    }

    @GET
    public GroupRobotsJson list() {
        return new GroupRobotsJson(ports.queries().robots(actor()).stream().map(GroupRobotJson::of).toList());
    }

    @GET
    @Path("{group}")
    public GroupRobotsJson ofGroup(@PathParam("group") String group) {
        Fields fields = new Fields();
        GroupId groupId = valid(new GroupPath(fields.id("group", group, GroupId::of)), fields).group();
        return new GroupRobotsJson(ports.queries().robots(actor(), groupId).stream().map(GroupRobotJson::of).toList());
    }

    /** The group the path names, checked as a command's field would be. */
    private record GroupPath(@NotNull GroupId group) {
    }

    @PUT
    @Path("{group}/{channel}")
    @Consumes(MediaType.APPLICATION_JSON)
    public GroupRobotJson set(@PathParam("group") String group, @PathParam("channel") String channel,
                         GroupRobotBodyJson body) {
        GroupRobotBodyJson json = body(body);
        Fields fields = new Fields();
        GroupId groupId = fields.id("group", group, GroupId::of);
        Channel on = NotificationSettingsJson.enumValue("channel", channel, Channel.class, fields);
        return GroupRobotJson.of(ports.settings().setRobot(valid(new NotificationSettingsCommand.SetRobot(actor(), groupId,
                on, NotificationSettingsJson.uri("webhook", json.webhook(), fields), json.secret(),
                NotificationSettingsJson.language("language", json.language(), fields)), fields)));
    }

    @DELETE
    @Path("{group}/{channel}")
    public Response remove(@PathParam("group") String group, @PathParam("channel") String channel) {
        Fields fields = new Fields();
        GroupId groupId = fields.id("group", group, GroupId::of);
        Channel on = NotificationSettingsJson.enumValue("channel", channel, Channel.class, fields);
        ports.settings().removeRobot(valid(new NotificationSettingsCommand.RemoveRobot(actor(), groupId, on), fields));
        return Response.noContent().build();
    }
}
