package org.itilhis.ports.notification.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.itilhis.core.notification.WebhookSecret;

/**
 * One delivery for a {@link WebhookSender} to sign and post.
 *
 * @param messageId the {@code webhook-id}: the event's stable id, the same on every retry
 * @param timestamp the {@code webhook-timestamp}: when this attempt is made
 * @param secrets   the secrets to sign with, the current first (two during a rotation's grace)
 */
public record WebhookRequest(URI url, String messageId, Instant timestamp, WebhookPayload payload,
                             ImmutableList<WebhookSecret> secrets) {
    public WebhookRequest {
        checkNotNull(url, "url");
        checkNotNull(messageId, "messageId");
        checkNotNull(timestamp, "timestamp");
        checkNotNull(payload, "payload");
        checkNotNull(secrets, "secrets");
        checkArgument(!secrets.isEmpty(), "a delivery is signed with at least one secret");
    }

    public static WebhookRequest of(URI url, String messageId, Instant timestamp, WebhookPayload payload,
                                    List<WebhookSecret> secrets) {
        return new WebhookRequest(url, messageId, timestamp, payload, ImmutableList.copyOf(secrets));
    }

    /** Never the secrets. */
    @Override
    public String toString() {
        return "WebhookRequest[" + messageId + " to " + url + "]";
    }
}
