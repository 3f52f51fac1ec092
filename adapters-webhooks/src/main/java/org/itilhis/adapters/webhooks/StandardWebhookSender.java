package org.itilhis.adapters.webhooks;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.itilhis.ports.notification.out.WebhookRequest;
import org.itilhis.ports.notification.out.WebhookResponse;
import org.itilhis.ports.notification.out.WebhookSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts webhook deliveries with the JDK's {@link HttpClient}, signed by the Standard Webhooks
 * scheme ({@link WebhookSignature}): the JSON body ({@code type}, {@code timestamp}, {@code
 * data}), {@code webhook-id} (the event's stable id), {@code webhook-timestamp} (the attempt, in
 * Unix seconds) and {@code webhook-signature} (one {@code v1,} signature per secret). A 2xx
 * answer is a delivery; any other status, a redirect (never followed), a refused connection or a
 * timeout (connect and request timeouts from {@link Settings}) is a failure with its reason.
 * Thread-safe; connections are kept alive between deliveries.
 */
public final class StandardWebhookSender implements WebhookSender {
    private static final Logger LOG = LoggerFactory.getLogger(StandardWebhookSender.class);
    private static final String USER_AGENT = "itilhis-webhooks/1";

    private final Settings settings;
    private final HttpClient client;
    private final WebhookBody bodies = new WebhookBody();

    public StandardWebhookSender(Settings settings) {
        this.settings = checkNotNull(settings, "settings");
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public WebhookResponse send(WebhookRequest request) {
        checkNotNull(request, "request");
        byte[] body = bodies.of(request.payload());
        long timestamp = request.timestamp().getEpochSecond();
        HttpRequest post = HttpRequest.newBuilder(request.url())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header(WebhookSignature.ID_HEADER, request.messageId())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.header(request.secrets(), request.messageId(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        long started = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(post, HttpResponse.BodyHandlers.discarding());
            return WebhookResponse.answered(response.statusCode(), since(started));
        } catch (HttpTimeoutException timeout) {
            return failed(request, "timed out: " + timeout.getMessage(), started);
        } catch (IOException unreachable) {
            return failed(request, "no answer: " + unreachable, started);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return failed(request, "interrupted while waiting for the answer", started);
        }
    }

    private static WebhookResponse failed(WebhookRequest request, String reason, long started) {
        LOG.debug("webhook {} to {}: {}", request.messageId(), request.url(), reason);
        return WebhookResponse.unanswered(reason, since(started));
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * The sender's timeouts.
     *
     * @param connectTimeout how long to wait for a connection to the receiver
     * @param requestTimeout how long to wait for its answer once the request is sent
     */
    public record Settings(Duration connectTimeout, Duration requestTimeout) {
        public Settings {
            checkNotNull(connectTimeout, "connectTimeout");
            checkNotNull(requestTimeout, "requestTimeout");
            checkArgument(!connectTimeout.isNegative() && !connectTimeout.isZero() && !requestTimeout.isNegative()
                    && !requestTimeout.isZero(), "timeouts must be positive");
        }

        /** 5 seconds to connect, 10 for the answer. */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(5), Duration.ofSeconds(10));
        }
    }
}
