package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.itilhis.ports.notification.out.WebhookRequest;
import org.itilhis.ports.notification.out.WebhookResponse;
import org.itilhis.ports.notification.out.WebhookSender;

/**
 * A {@link WebhookSender} that posts nothing: it keeps every request and answers 204, or the
 * statuses queued with {@link #answer}, one per request, then 204 again.
 */
public final class RecordingWebhookSender implements WebhookSender {
    private final List<WebhookRequest> sent = new ArrayList<>();
    private final Deque<WebhookResponse> queued = new ArrayDeque<>();

    @Override
    public synchronized WebhookResponse send(WebhookRequest request) {
        sent.add(checkNotNull(request, "request"));
        WebhookResponse next = queued.poll();
        return next != null ? next : WebhookResponse.answered(204, Duration.ofMillis(1));
    }

    /** The next requests are answered {@code status}, {@code times} times. */
    public synchronized RecordingWebhookSender answer(int status, int times) {
        for (int i = 0; i < times; i++) {
            queued.add(WebhookResponse.answered(status, Duration.ofMillis(1)));
        }
        return this;
    }

    /** The next request times out. */
    public synchronized RecordingWebhookSender timeOut() {
        queued.add(WebhookResponse.unanswered("request timed out", Duration.ofSeconds(5)));
        return this;
    }

    public synchronized List<WebhookRequest> sent() {
        return List.copyOf(sent);
    }
}
