package org.itilhis.core.notification;

import java.util.UUID;
import java.util.stream.Stream;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.VersionConflictException;

/**
 * One of each refusal of the webhook subscriptions, for the message catalogue's test
 * ({@code shared.MessagesTest}), which reads every refusal of core in both languages.
 */
public final class WebhookRefusals {
    private static final WebhookId HIS = new WebhookId(UUID.fromString("5c0f6a2e-0000-4000-8000-000000000019"));

    private WebhookRefusals() {
    }

    public static Stream<DomainException> everyRefusal() {
        return Stream.of(
                InvalidWebhookException.urlNotHttp("ftp://files.example.org/x"),
                InvalidWebhookException.unknownEventType("ticket.teleported"),
                InvalidWebhookException.secretTooShort(16),
                InvalidWebhookException.secretTooLong(65),
                InvalidWebhookException.secretMalformed(),
                WebhookStateException.alreadyEnabled(HIS),
                WebhookStateException.alreadyDisabled(HIS),
                new VersionConflictException("webhook", HIS.toString(), 1, 2));
    }
}
