package org.itilhis.adapters.rest.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.ports.notification.in.NotificationSettingsQueries;
import org.itilhis.ports.notification.in.NotificationSettingsUseCase;

/**
 * Who gets what's registration in the API: its resource classes (rules, templates, group robots,
 * preferences) and ports.
 */
public final class NotificationSettingsResources {
    public static final String RULES = ApiPaths.V1 + "/notification-rules";
    public static final String TEMPLATES = ApiPaths.V1 + "/notification-templates";
    public static final String ROBOTS = ApiPaths.V1 + "/group-robots";
    public static final String PREFERENCES = ApiPaths.V1 + "/notification-preferences";

    /** The resources of who gets what. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(NotificationRuleResource.class,
            MessageTemplateResource.class, GroupRobotResource.class, NotificationPreferenceResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = NotificationSettingsResources.class.getName() + ".ports";

    private NotificationSettingsResources() {
    }

    /** The inbound ports of who gets what. */
    public record Ports(NotificationSettingsUseCase settings, NotificationSettingsQueries queries) {
        public Ports {
            checkNotNull(settings, "settings");
            checkNotNull(queries, "queries");
        }
    }

    /** Registers the resources and their ports. */
    public static void register(ResourceConfig config, Ports ports) {
        checkNotNull(ports, "ports");
        CLASSES.forEach(config::register);
        config.property(PORTS, ports);
    }

    /** The ports the application was configured with. */
    static Ports of(Configuration configuration) {
        if (configuration.getProperty(PORTS) instanceof Ports found) {
            return found;
        }
        throw new IllegalStateException("the application has no property " + PORTS);
    }
}
