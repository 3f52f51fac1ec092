package org.itilhis.adapters.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.itilhis.testkit.contract.MessageChannelContract;

/**
 * A WeCom group robot on a local port, as its documentation describes it: POST to
 * {@code /cgi-bin/webhook/send?key=...}, a JSON body, an answer {@code {"errcode":0,"errmsg":"ok"}}
 * or an error code. It keeps every request, answers what the test scripted next (an error code,
 * an HTTP error, a stall), and refuses a wrong key with errcode 93000.
 */
final class FakeWeComRobot implements MessageChannelContract.Endpoint, AutoCloseable {
    static final String KEY = "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the robot saw it. */
    record Request(String method, String path, String query, String contentType, String body) {
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
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new ArrayList<>();
    private final List<String> accepted = new ArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();

    private FakeWeComRobot() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cgi-bin/webhook/send", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static FakeWeComRobot start() {
        try {
            return new FakeWeComRobot();
        } catch (IOException cannotListen) {
            throw new IllegalStateException("the fake WeCom robot could not listen", cannotListen);
        }
    }

    @Override
    public String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cgi-bin/webhook/send?key=" + KEY;
    }

    @Override
    public synchronized List<String> received() {
        return List.copyOf(accepted);
    }

    @Override
    public void refuseNext() {
        answerNext(Answer.errcode(WeComDeliveryException.RATE_LIMITED, "api freq out of limit"));
    }

    synchronized void answerNext(Answer answer) {
        script.addLast(answer);
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Answer answer;
        synchronized (this) {
            requests.add(request);
            answer = Optional.ofNullable(script.pollFirst()).orElseGet(() -> standardAnswerTo(request));
            if (answer.status() == 200 && answer.body().contains("\"errcode\":0,")) {
                JsonNode json = request.json();
                accepted.add(json.path(json.path("msgtype").asText()).path("content").asText());
            }
        }
        sleep(answer.delay());
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(answer.status(), body.length);
            out.write(body);
        } catch (IOException clientGone) {
            // the channel gave up waiting: nothing to answer to
        }
    }

    private static Answer standardAnswerTo(Request request) {
        if (!("key=" + KEY).equals(request.query())) {
            return Answer.errcode(93000, "invalid webhook url");
        }
        if (!"POST".equals(request.method())) {
            return new Answer(405, "", Duration.ZERO);
        }
        return Answer.errcode(0, "ok");
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
