package org.itilhis.adapters.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.itilhis.testkit.contract.MessageChannelContract;

/**
 * A DingTalk custom robot on a local port, as its documentation describes it: POST to
 * {@code /robot/send?access_token=...}, a JSON body, an answer {@code {"errcode":0,"errmsg":"ok"}}
 * or an error code. With a secret (加签) it checks {@code timestamp} is within an hour of its own
 * clock and {@code sign} is the URL-encoded Base64 HmacSHA256 of {@code timestamp + "\n" + secret},
 * computed here on its own with {@code javax.crypto}; with a keyword it checks the message holds
 * it; both refusals are errcode 310000. After 20 messages in a minute it answers 130101. A test
 * can script the next answers (an error code, an HTTP error, a stall).
 */
final class FakeDingTalkRobot implements MessageChannelContract.Endpoint, AutoCloseable {
    static final String TOKEN = "b1c3b0e0f0a94f3c9d2e7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PER_MINUTE = 20;

    /** One request as the robot saw it; {@code query} is decoded. */
    record Request(String method, String path, Map<String, String> query, String rawQuery, String contentType,
                   String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException notJson) {
                throw new AssertionError("the robot got no JSON: " + body, notJson);
            }
        }
    }

    /** What the robot answers: an HTTP status and body, after a delay. */
    record Answer(int status, String body, Duration delay) {
        static Answer errcode(int errcode, String errmsg) {
            return new Answer(200, "{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\"}", Duration.ZERO);
        }

        boolean accepts() {
            return status == 200 && body.startsWith("{\"errcode\":0,");
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Optional<String> secret;
    private final Optional<String> keyword;
    private final List<Request> requests = new ArrayList<>();
    private final List<String> accepted = new ArrayList<>();
    private final Deque<Instant> acceptedTimes = new ArrayDeque<>();
    private final Deque<Answer> script = new ArrayDeque<>();

    private FakeDingTalkRobot(Optional<String> secret, Optional<String> keyword) throws IOException {
        this.secret = secret;
        this.keyword = keyword;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/robot/send", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** A robot whose security setting is 加签 with {@code secret}. */
    static FakeDingTalkRobot signedWith(String secret) {
        return start(Optional.of(secret), Optional.empty());
    }

    /** A robot whose security setting is a custom keyword the message must hold. */
    static FakeDingTalkRobot withKeyword(String keyword) {
        return start(Optional.empty(), Optional.of(keyword));
    }

    private static FakeDingTalkRobot start(Optional<String> secret, Optional<String> keyword) {
        try {
            return new FakeDingTalkRobot(secret, keyword);
        } catch (IOException cannotListen) {
            throw new IllegalStateException("the fake DingTalk robot could not listen", cannotListen);
        }
    }

    @Override
    public String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/robot/send?access_token=" + TOKEN;
    }

    @Override
    public Optional<String> secret() {
        return secret;
    }

    @Override
    public synchronized List<String> received() {
        return List.copyOf(accepted);
    }

    @Override
    public void refuseNext() {
        answerNext(Answer.errcode(DingTalkDeliveryException.RATE_LIMITED, "send too fast, exceed 20 times per minute"));
    }

    synchronized void answerNext(Answer answer) {
        script.addLast(answer);
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The signature DingTalk expects, computed independently of the adapter's {@code DingTalkSignature}. */
    static String expectedSign(String secret, String timestamp) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(
                    hmac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException missing) {
            throw new AssertionError(missing);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), decoded(rawQuery),
                rawQuery, exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Answer answer;
        synchronized (this) {
            requests.add(request);
            answer = Optional.ofNullable(script.pollFirst()).orElseGet(() -> standardAnswerTo(request));
            if (answer.accepts()) {
                accepted.add(shownText(request.json()));
                acceptedTimes.addLast(Instant.now());
            }
        }
        sleep(answer.delay());
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(answer.status(), body.length);
            out.write(body);
        } catch (IOException clientGone) {
            // the channel gave up waiting: nothing to answer to
        }
    }

    private Answer standardAnswerTo(Request request) {
        if (!"POST".equals(request.method())) {
            return new Answer(405, "", Duration.ZERO);
        }
        if (!TOKEN.equals(request.query().get("access_token"))) {
            return Answer.errcode(300001, "token is not exist");
        }
        if (secret.isPresent()) {
            String timestamp = request.query().getOrDefault("timestamp", "");
            if (!timestamp.matches("\\d{1,19}")
                    || Math.abs(Long.parseLong(timestamp) - System.currentTimeMillis()) > Duration.ofHours(1).toMillis()) {
                return Answer.errcode(310000, "invalid timestamp");
            }
            if (!expectedSign(secret.get(), timestamp).equals(request.query().get("sign"))) {
                return Answer.errcode(310000, "sign not match");
            }
        }
        if (keyword.isPresent() && !shownText(request.json()).contains(keyword.get())) {
            return Answer.errcode(310000, "keywords not in content");
        }
        Instant aMinuteAgo = Instant.now().minus(Duration.ofMinutes(1));
        while (!acceptedTimes.isEmpty() && acceptedTimes.peekFirst().isBefore(aMinuteAgo)) {
            acceptedTimes.pollFirst();
        }
        if (acceptedTimes.size() >= PER_MINUTE) {
            return Answer.errcode(130101, "send too fast, exceed 20 times per minute");
        }
        return Answer.errcode(0, "ok");
    }

    /** A markdown message's title and text, or a text message's content. */
    private static String shownText(JsonNode json) {
        if ("text".equals(json.path("msgtype").asText())) {
            return json.path("text").path("content").asText();
        }
        JsonNode markdown = json.path("markdown");
        return markdown.path("title").asText() + "\n" + markdown.path("text").asText();
    }

    private static Map<String, String> decoded(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
