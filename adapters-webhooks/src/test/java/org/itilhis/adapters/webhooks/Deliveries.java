package org.itilhis.adapters.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.notification.WebhookSecret;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.notification.out.WebhookPayload;
import org.itilhis.ports.notification.out.WebhookRequest;

/** Deliveries of a P2 printer incident's assignment, as the webhooks' subscriber builds them. */
final class Deliveries {
    private Deliveries() {
    }

    static WebhookPayload assignment(long position) {
        return new WebhookPayload("evt_" + position, "ticket.assigned", Instant.parse("2026-12-07T02:00:00.5Z"),
                position, "7f3c0000-0000-4000-8000-000000000001", StaffId.of("S0001"),
                Optional.of(new WebhookPayload.TicketFacts("INC-2026-000123", "INCIDENT", "P2", "ASSIGNED",
                        "desktop-first-line", "打印机卡纸 Printer jams in ward 5 east")));
    }

    static WebhookRequest to(URI url, long position, Instant at, WebhookSecret... secrets) {
        return WebhookRequest.of(url, "evt_" + position, at, assignment(position), List.of(secrets));
    }
}
