package org.itilhis.ports.notification.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.itilhis.core.notification.WebhookId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;

/**
 * The webhook subscriptions' commands, each carrying its actor and checked with Jakarta
 * Validation before anything is read; the rules the core checks (an http(s) address, known event
 * types, the secret's form) come back as {@link org.itilhis.core.notification.InvalidWebhookException}
 * naming the field. {@code expectedVersion}, when given, is the version the actor saw.
 */
public final class WebhookCommand {
    /** The most event types one subscription names. */
    public static final int MAX_EVENT_TYPES = 100;

    private WebhookCommand() {
    }

    /**
     * Subscribes {@code url} to events of {@code eventTypes} (type names, or wildcards such as
     * {@code ticket.*}), signed with {@code secret} ({@code whsec_} and base64; the library
     * generates one when null), owned by {@code owner} (the actor when null).
     */
    public record Subscribe(@NotNull Actor actor, @NotBlank @Size(max = 2000) String url,
            @NotEmpty @Size(max = MAX_EVENT_TYPES) List<@NotBlank @Size(max = 120) String> eventTypes,
            @Size(max = 200) String secret, StaffId owner) {
    }

    /**
     * Replaces the secret with {@code secret} (generated when null); the previous one keeps
     * signing through the settings' grace.
     */
    public record RotateSecret(@NotNull Actor actor, @NotNull WebhookId id, @PositiveOrZero Long expectedVersion,
            @Size(max = 200) String secret) {
    }

    /** Resumes deliveries to a disabled subscription. */
    public record Enable(@NotNull Actor actor, @NotNull WebhookId id, @PositiveOrZero Long expectedVersion) {
    }

    /** Stops deliveries to an enabled subscription. */
    public record Disable(@NotNull Actor actor, @NotNull WebhookId id, @PositiveOrZero Long expectedVersion) {
    }

    /** Deletes a subscription. */
    public record Delete(@NotNull Actor actor, @NotNull WebhookId id, @PositiveOrZero Long expectedVersion) {
    }
}
