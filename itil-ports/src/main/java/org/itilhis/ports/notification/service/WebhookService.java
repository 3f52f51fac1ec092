package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.itilhis.core.access.Permission;
import org.itilhis.core.notification.InvalidWebhookException;
import org.itilhis.core.notification.WebhookId;
import org.itilhis.core.notification.WebhookSecret;
import org.itilhis.core.notification.WebhookSubscription;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.common.EventTypes;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.notification.in.SubscribedWebhook;
import org.itilhis.ports.notification.in.WebhookCommand;
import org.itilhis.ports.notification.in.WebhookNotFoundException;
import org.itilhis.ports.notification.in.WebhookUseCase;
import org.itilhis.ports.notification.in.WebhookView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Manages the webhook subscriptions. Every command runs through the {@link CommandPipeline}:
 * validate, authorise, load, check the expected version, decide, save; the pipeline appends the
 * events. Also disables a subscription for its relay subscriber after too many failures, and
 * tells its owner after the commit.
 */
final class WebhookService implements WebhookUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookService.class);
    private static final String KIND = "webhook";

    private final WebhookPorts ports;
    private final WebhookSettings settings;
    private final WebhookAccess access;
    private final CommandPipeline pipeline;
    private final Random random;

    WebhookService(WebhookPorts ports, WebhookSettings settings, WebhookAccess access, CommandPipeline pipeline,
                   Random random) {
        this.ports = checkNotNull(ports, "ports");
        this.settings = checkNotNull(settings, "settings");
        this.access = checkNotNull(access, "access");
        this.pipeline = checkNotNull(pipeline, "pipeline");
        this.random = checkNotNull(random, "random");
    }

    @Override
    public SubscribedWebhook subscribe(WebhookCommand.Subscribe command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            access.check(actor, Permission.MANAGE_WEBHOOKS, "webhooks");
            String url = url(command.url());
            List<String> types = eventTypes(command.eventTypes());
            WebhookSecret secret = secret(command.secret());
            StaffId owner = owner(command.owner() == null ? actor.staffId() : command.owner());
            WebhookSubscription subscription = WebhookSubscription.subscribe(ports.subscriptions().nextId(), owner, url,
                    types, secret, actor.staffId(), now());
            ports.subscriptions().save(subscription, 0);
            return Outcome.of(new SubscribedWebhook(WebhookView.of(subscription), secret), subscription.pullEvents());
        });
    }

    @Override
    public SubscribedWebhook rotateSecret(WebhookCommand.RotateSecret command) {
        return pipeline.run(command, () -> {
            WebhookSecret secret = secret(command.secret());
            WebhookSubscription subscription = change(command.actor(), command.id(), command.expectedVersion(),
                    s -> s.rotateSecret(secret, settings.secretGrace(), command.actor().staffId(), now()));
            return Outcome.of(new SubscribedWebhook(WebhookView.of(subscription), secret), subscription.pullEvents());
        });
    }

    @Override
    public WebhookView enable(WebhookCommand.Enable command) {
        return pipeline.run(command, () -> {
            WebhookSubscription subscription = change(command.actor(), command.id(), command.expectedVersion(),
                    s -> s.enable(command.actor().staffId(), now()));
            return Outcome.of(WebhookView.of(subscription), subscription.pullEvents());
        });
    }

    @Override
    public WebhookView disable(WebhookCommand.Disable command) {
        return pipeline.run(command, () -> {
            WebhookSubscription subscription = change(command.actor(), command.id(), command.expectedVersion(),
                    s -> s.disable(command.actor().staffId(), now()));
            return Outcome.of(WebhookView.of(subscription), subscription.pullEvents());
        });
    }

    @Override
    public void delete(WebhookCommand.Delete command) {
        pipeline.run(command, () -> {
            Actor actor = command.actor();
            access.check(actor, Permission.MANAGE_WEBHOOKS, command.id().toString());
            WebhookSubscription subscription = load(command.id());
            CommandPipeline.checkVersion(KIND, command.id().toString(), command.expectedVersion(),
                    subscription.version());
            long stored = subscription.version();
            subscription.delete(actor.staffId(), now());
            ports.subscriptions().remove(subscription.id(), stored);
            return Outcome.of(null, subscription.pullEvents());
        });
    }

    /**
     * Disables the subscription after {@code failures} failed deliveries in a row, as the system,
     * and tells its owner after the commit; nothing when it is gone or disabled already.
     */
    void disableAfterFailures(WebhookId id, int failures, String lastFailure) {
        Actor system = Actor.system();
        List<WebhookSubscription> disabled = new ArrayList<>();
        pipeline.run(new DisableAfterFailures(id, failures), () -> {
            WebhookSubscription subscription = ports.subscriptions().find(id).orElse(null);
            if (subscription == null || !subscription.isEnabled()) {
                return Outcome.of(null);
            }
            long stored = subscription.version();
            subscription.disableAfterFailures(failures, lastFailure, system.staffId(), now());
            ports.subscriptions().save(subscription, stored);
            disabled.add(subscription);
            return Outcome.of(null, subscription.pullEvents());
        }, outcome -> disabled.forEach(this::tellOwner));
    }

    private void tellOwner(WebhookSubscription subscription) {
        try {
            ports.desk().notifier().notify(new Notification(subscription.owner(), "webhook.disabled",
                    subscription.id().toString(), "Webhook subscription " + subscription.id() + " to "
                    + subscription.url() + " was disabled after " + subscription.consecutiveFailures()
                    + " failed deliveries in a row; enable it once the receiver is fixed"));
        } catch (RuntimeException failed) {
            LOG.warn("could not tell {} that webhook {} was disabled", subscription.owner(), subscription.id(), failed);
        }
    }

    private WebhookSubscription change(Actor actor, WebhookId id, Long expectedVersion,
                                       Consumer<WebhookSubscription> decision) {
        access.check(actor, Permission.MANAGE_WEBHOOKS, id.toString());
        WebhookSubscription subscription = load(id);
        CommandPipeline.checkVersion(KIND, id.toString(), expectedVersion, subscription.version());
        long stored = subscription.version();
        decision.accept(subscription);
        ports.subscriptions().save(subscription, stored);
        return subscription;
    }

    private WebhookSubscription load(WebhookId id) {
        return ports.subscriptions().find(id).orElseThrow(() -> new WebhookNotFoundException(id));
    }

    /** The address, http(s) by the core's rule and one the HTTP client can post to. */
    private static String url(String given) {
        String url = WebhookSubscription.url(given);
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                throw InvalidWebhookException.urlNotHttp(url);
            }
        } catch (URISyntaxException notAnAddress) {
            throw InvalidWebhookException.urlNotHttp(url);
        }
        return url;
    }

    /** The types, each known or a wildcard {@code prefix.*} that some known type starts with. */
    private static List<String> eventTypes(List<String> types) {
        for (String type : types) {
            String stripped = type.strip();
            boolean known = EventTypes.isKnown(stripped) || stripped.endsWith(".*") && stripped.length() > 2
                    && EventTypes.names().stream().anyMatch(name -> WebhookSubscription.wants(List.of(stripped), name));
            if (!known) {
                throw InvalidWebhookException.unknownEventType(stripped);
            }
        }
        return types.stream().map(String::strip).toList();
    }

    private WebhookSecret secret(String given) {
        return given == null || given.isBlank() ? WebhookSecret.generate(random) : WebhookSecret.parse(given);
    }

    private StaffId owner(StaffId owner) {
        if (ports.desk().directory().member(owner).isEmpty()) {
            throw InvalidCommandException.of("owner", "is not a member of staff: " + owner);
        }
        return owner;
    }

    private Instant now() {
        return ports.desk().clock().instant();
    }

    /** The library's own command, validated as any other (nothing to check). */
    private record DisableAfterFailures(WebhookId id, int failures) {
    }

}
