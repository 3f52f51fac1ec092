package org.itilhis.adapters.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HIS integration platform's webhook receiver, a real HTTP server on a free local port: it
 * verifies each delivery's Standard Webhooks signature with its own code (javax.crypto, not the
 * library's {@link WebhookSignature}) against the secret it holds, answers 204 when genuine and
 * 401 when not, or as told: a status, or silence past the sender's timeout.
 */
final class HisReceiver implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedDeque<Answer> answers = new ConcurrentLinkedDeque<>();
    private final AtomicInteger genuine = new AtomicInteger();
    private volatile String secret;

    HisReceiver(String secret) throws IOException {
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/itil/events", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/itil/events");
    }

    /** The receiver now holds {@code newSecret} (it moved to a rotated secret). */
    void holds(String newSecret) {
        this.secret = newSecret;
    }

    /** The next delivery is answered {@code status}. */
    void answerNext(int status) {
        answers.add(new Answer(status, 0));
    }

    /** The next delivery is answered 204 after {@code millis}. */
    void sleepNext(long millis) {
        answers.add(new Answer(204, millis));
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    int genuine() {
        return genuine.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        boolean verified = verifies(id, timestamp, signatures, body);
        if (verified) {
            genuine.incrementAndGet();
        }
        Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
        received.add(new Received(id, timestamp, signatures, new String(body, StandardCharsets.UTF_8), verified,
                headers));
        Answer answer = answers.poll();
        if (answer != null && answer.sleepMillis() > 0) {
            try {
                Thread.sleep(answer.sleepMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        int status = answer != null ? answer.status() : verified ? 204 : 401;
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** The spec's check, written independently: HMAC-SHA256 over id.timestamp.body, any v1 signature matching. */
    private boolean verifies(String id, String timestamp, String header, byte[] body) {
        if (id == null || timestamp == null || header == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            return Arrays.stream(header.split(" ")).filter(s -> s.startsWith("v1,"))
                    .anyMatch(s -> MessageDigest.isEqual(expected, Base64.getDecoder().decode(s.substring(3))));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    record Received(String id, String timestamp, String signatures, String body, boolean verified,
                    Map<String, List<String>> headers) {
    }

    private record Answer(int status, long sleepMillis) {
    }
}
