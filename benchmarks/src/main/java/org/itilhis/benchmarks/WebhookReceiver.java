package org.itilhis.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.itilhis.adapters.webhooks.WebhookSignature;
import org.itilhis.core.notification.WebhookSecret;

/**
 * A webhook consumer on a free loopback port, as an integration platform runs one: it checks
 * each delivery's Standard Webhooks signature ({@link WebhookSignature#verify}), answers 204, and
 * counts the deliveries, the distinct event ids (a second delivery of one id is a duplicate) and
 * the deliveries whose signature did not hold (answered 401).
 */
final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final AtomicInteger deliveries = new AtomicInteger();
    private final AtomicInteger forged = new AtomicInteger();
    private volatile WebhookSecret secret;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/events", receiver::receive);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the webhook receiver", e);
        }
    }

    /** The secret the subscription signs with, which the receiver verifies against. */
    void trust(WebhookSecret subscriptionSecret) {
        this.secret = subscriptionSecret;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/events");
    }

    private void receive(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String id = exchange.getRequestHeaders().getFirst(WebhookSignature.ID_HEADER);
        boolean genuine = secret != null && WebhookSignature.isGenuine(secret, id,
                exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER),
                exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER), body, Instant.now());
        if (genuine) {
            deliveries.incrementAndGet();
            ids.add(id);
        } else {
            forged.incrementAndGet();
        }
        exchange.sendResponseHeaders(genuine ? 204 : 401, -1);
        exchange.close();
    }

    int deliveries() {
        return deliveries.get();
    }

    int distinctEvents() {
        return ids.size();
    }

    int forged() {
        return forged.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
