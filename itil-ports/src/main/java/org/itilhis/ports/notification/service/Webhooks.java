package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import org.itilhis.core.notification.WebhookSubscription;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.notification.in.WebhookQueries;
import org.itilhis.ports.notification.in.WebhookUseCase;
import org.itilhis.ports.notification.out.Subscriber;
import org.itilhis.ports.notification.out.SubscriberSource;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * The webhooks wired by hand beside the desk: managing subscriptions ({@link #subscriptions()}),
 * reading them ({@link #queries()}), and the relay's subscribers, one per enabled subscription
 * ({@link #subscribers()}, a {@link SubscriberSource} the relay asks on every pass).
 */
public final class Webhooks implements SubscriberSource {
    private final WebhookPorts ports;
    private final WebhookSettings settings;
    private final WebhookService service;
    private final WebhookQueryService queries;
    private final WebhookPayloads payloads;

    private Webhooks(WebhookPorts ports, WebhookSettings settings, WebhookAccess access, Validator validator,
                     Random random) {
        this.ports = ports;
        this.settings = settings;
        this.service = new WebhookService(ports, settings, access,
                new CommandPipeline(validator, ports.desk().transactions(), ports.desk().events()), random);
        this.queries = new WebhookQueryService(ports, access);
        this.payloads = new WebhookPayloads(ports.desk().tickets());
    }

    /** The webhooks on {@code ports}, under the desk's access policy, with secrets from a {@link SecureRandom}. */
    public static Webhooks create(WebhookPorts ports, WebhookSettings settings, ServiceDeskSettings desk,
                                  Validator validator) {
        return create(ports, settings, desk, validator, new SecureRandom());
    }

    /** As {@link #create(WebhookPorts, WebhookSettings, ServiceDeskSettings, Validator)}, secrets from {@code random}. */
    public static Webhooks create(WebhookPorts ports, WebhookSettings settings, ServiceDeskSettings desk,
                                  Validator validator, Random random) {
        checkNotNull(ports, "ports");
        return new Webhooks(ports, checkNotNull(settings, "settings"),
                new WebhookAccess(checkNotNull(desk, "desk").access(), ports.desk().directory()),
                checkNotNull(validator, "validator"), checkNotNull(random, "random"));
    }

    public WebhookUseCase subscriptions() {
        return service;
    }

    public WebhookQueries queries() {
        return queries;
    }

    /** One relay subscriber per enabled subscription, named {@code webhook:<id>}. */
    @Override
    public List<Subscriber> subscribers() {
        return ports.subscriptions().all().stream()
                .filter(WebhookSubscription::isEnabled)
                .map(s -> (Subscriber) new WebhookSubscriber(s, ports, settings, payloads, service))
                .toList();
    }
}
