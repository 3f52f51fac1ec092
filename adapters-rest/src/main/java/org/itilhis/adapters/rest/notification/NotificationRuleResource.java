package org.itilhis.adapters.rest.notification;

import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;
import static jakarta.ws.rs.core.HttpHeaders.IF_NONE_MATCH;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.itilhis.adapters.rest.common.Conditions;
import org.itilhis.adapters.rest.common.Fields;
import org.itilhis.adapters.rest.common.ResourceSupport;
import org.itilhis.adapters.rest.common.Resources;
import org.itilhis.adapters.rest.notification.NotificationSettingsJson.NotificationRulesBodyJson;
import org.itilhis.adapters.rest.notification.NotificationSettingsJson.NotificationRulesJson;
import org.itilhis.core.notification.NotificationRule;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.notification.in.NotificationRulesView;
import org.itilhis.ports.notification.in.NotificationSettingsCommand;

/**
 * {@code /api/v1/notification-rules}: the rules in force (the library's defaults at version 0
 * until the hospital stores its own) with their version as {@code ETag}, and replacing them whole
 * ({@code PUT} with the {@code If-Match} of the version read).
 */
@Singleton
@Path(NotificationSettingsResources.RULES)
@Produces(MediaType.APPLICATION_JSON)
public final class NotificationRuleResource extends ResourceSupport {
    private final NotificationSettingsResources.Ports ports;

    public NotificationRuleResource(@Context Configuration configuration) {
        super(Resources.dependencies(configuration).validation());
        this.ports = NotificationSettingsResources.of(configuration);
    }

    @GET
    public Response get(@HeaderParam(IF_NONE_MATCH) String ifNoneMatch) {
        NotificationRulesView rules = ports.queries().rules(actor());
        return unlessNotModified(ifNoneMatch, rules.version(), () -> NotificationRulesJson.of(rules));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@HeaderParam(IF_MATCH) String ifMatch, NotificationRulesBodyJson body) {
        Actor actor = actor();
        Long expected = Conditions.expected(ifMatch, () -> ports.queries().rules(actor));
        if (expected == null) {
            expected = ports.queries().rules(actor).version();
        }
        NotificationRulesBodyJson json = body(body);
        Fields fields = new Fields();
        List<NotificationRule> rules = NotificationSettingsJson.rules(json.rules(), fields);
        NotificationRulesView replaced = ports.settings().replaceRules(valid(
                new NotificationSettingsCommand.ReplaceRules(actor, expected, rules), fields));
        return Response.ok(NotificationRulesJson.of(replaced)).tag(etag(replaced.version())).build();
    }
}
