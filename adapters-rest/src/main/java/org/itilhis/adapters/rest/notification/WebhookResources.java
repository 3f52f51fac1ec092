package org.itilhis.adapters.rest.notification;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.ResourceConfig;
import org.itilhis.adapters.rest.common.ApiPaths;
import org.itilhis.ports.notification.in.WebhookQueries;
import org.itilhis.ports.notification.in.WebhookUseCase;

/** The webhooks' registration in the API: the subscriptions' resource and its ports. */
public final class WebhookResources {
    public static final String SUBSCRIPTIONS = ApiPaths.V1 + "/webhook-subscriptions";

    /** The resources of the webhooks. */
    public static final ImmutableList<Class<?>> CLASSES = ImmutableList.of(WebhookSubscriptionResource.class);

    /** The configuration property under which the application carries the {@link Ports}. */
    public static final String PORTS = WebhookResources.class.getName() + ".ports";

    private WebhookResources() {
    }

    /** The inbound ports of the webhooks ({@code Webhooks.subscriptions()} and {@code queries()}). */
    public record Ports(WebhookUseCase subscriptions, WebhookQueries queries) {
        public Ports {
            checkNotNull(subscriptions, "subscriptions");
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
