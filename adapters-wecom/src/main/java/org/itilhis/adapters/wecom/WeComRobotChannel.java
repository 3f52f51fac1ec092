package org.itilhis.adapters.wecom;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import org.itilhis.core.notification.Channel;
import org.itilhis.ports.notification.out.MessageChannel;
import org.itilhis.ports.notification.out.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a rendered message to a WeCom (企业微信) group chat through the group's robot: an HTTP
 * POST of {@code {"msgtype":"markdown","markdown":{"content":...}}} to the robot's webhook URL
 * ({@code https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...}, the message's address).
 * The card shows the subject in bold (the record's number and priority), the body, and a link
 * to the record; it is shortened to WeCom's 4096-byte limit. Told to send {@link
 * WeComMessageType#TEXT}, it posts {@code {"msgtype":"text","text":{"content":...}}} with the
 * same lines as plain text, within 2048 bytes.
 *
 * <p>Returns when the robot answered {@code errcode} 0. Anything else, an error code (45009 when
 * the robot's 20 messages a minute are used up), an HTTP error, no answer within the timeout, no
 * connection, throws a {@link WeComDeliveryException}: the relay retries the event later. A
 * robot's 21st message within a minute is not posted at all but thrown as rate-limited. The
 * webhook's key never appears in an exception or a log line.
 */
public final class WeComRobotChannel implements MessageChannel {
    /** How long to wait for a connection and then for the answer, unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** WeCom's documented limit: a robot takes at most 20 messages a minute. */
    public static final int MESSAGES_PER_MINUTE = 20;

    private static final Logger LOG = LoggerFactory.getLogger(WeComRobotChannel.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final Duration timeout;
    private final WeComMessageType type;
    private final SendingWindow window;

    public WeComRobotChannel() {
        this(DEFAULT_TIMEOUT);
    }

    /** A channel of Markdown cards that waits at most {@code timeout} to connect, and as long again for the answer. */
    public WeComRobotChannel(Duration timeout) {
        this(timeout, WeComMessageType.MARKDOWN);
    }

    /** A channel that sends messages of {@code type} and waits at most {@code timeout} to connect, and as long again. */
    public WeComRobotChannel(Duration timeout, WeComMessageType type) {
        this(timeout, type, MESSAGES_PER_MINUTE, InstantSource.system());
    }

    /**
     * A channel that sends messages of {@code type}, waits at most {@code timeout} to connect and
     * as long again, and sends each robot at most {@code perMinute} messages a minute from this
     * process, counted by {@code clock}: one more is held back (thrown as rate-limited, for the
     * relay to retry) rather than posted to a robot that would refuse it.
     */
    public WeComRobotChannel(Duration timeout, WeComMessageType type, int perMinute, InstantSource clock) {
        checkNotNull(timeout, "timeout");
        checkArgument(!timeout.isNegative() && !timeout.isZero(), "timeout is not positive: %s", timeout);
        this.timeout = timeout;
        this.type = checkNotNull(type, "type");
        this.window = new SendingWindow(perMinute, clock);
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Channel channel() {
        return Channel.WECOM;
    }

    @Override
    public void send(OutgoingMessage message) {
        checkNotNull(message, "message");
        checkArgument(message.channel() == Channel.WECOM, "a %s message was handed to the WeCom channel", message.channel());
        URI webhook = webhookOf(message.address());
        String where = withoutKey(webhook);
        if (!window.admit(message.address().strip())) {
            throw WeComDeliveryException.heldBack("held " + message.id() + " back from the WeCom robot at " + where + ": "
                    + window.perMinute() + " messages already went to it in the last minute");
        }
        HttpRequest request = HttpRequest.newBuilder(webhook)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload(message, type), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = exchange(request, where, message.id());
        checkAnswer(response, where, message.id());
        LOG.debug("WeCom robot at {} took {} ({})", where, message.id(), message.reference());
    }

    /** The JSON the robot receives for {@code message}. */
    static String payload(OutgoingMessage message, WeComMessageType type) {
        ObjectNode root = JSON.createObjectNode();
        switch (type) {
            case MARKDOWN -> {
                root.put("msgtype", "markdown");
                root.putObject("markdown").put("content", WeComCard.markdown(message));
            }
            case TEXT -> {
                root.put("msgtype", "text");
                root.putObject("text").put("content", WeComCard.text(message));
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of strings did not serialise", impossible);
        }
    }

    private HttpResponse<String> exchange(HttpRequest request, String where, String id) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException slow) {
            throw new WeComDeliveryException("WeCom robot at " + where + " did not answer " + id + " within " + timeout,
                    null, slow);
        } catch (IOException unreachable) {
            throw new WeComDeliveryException("WeCom robot at " + where + " could not be reached for " + id + ": "
                    + unreachable, null, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new WeComDeliveryException("interrupted while sending " + id + " to the WeCom robot at " + where,
                    null, interrupted);
        }
    }

    private static void checkAnswer(HttpResponse<String> response, String where, String id) {
        if (response.statusCode() / 100 != 2) {
            throw new WeComDeliveryException("WeCom robot at " + where + " answered HTTP " + response.statusCode()
                    + " to " + id, null, null);
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (JsonProcessingException notJson) {
            throw new WeComDeliveryException("WeCom robot at " + where + " answered " + id + " with no JSON", null, notJson);
        }
        JsonNode errcode = answer == null ? null : answer.get("errcode");
        if (errcode == null || !errcode.canConvertToInt()) {
            throw new WeComDeliveryException("WeCom robot at " + where + " answered " + id + " without an errcode",
                    null, null);
        }
        if (errcode.intValue() != 0) {
            String errmsg = answer.path("errmsg").asText("");
            throw new WeComDeliveryException("WeCom robot at " + where + " refused " + id + ": errcode "
                    + errcode.intValue() + " " + errmsg, errcode.intValue(), null);
        }
    }

    private static URI webhookOf(String address) {
        URI webhook;
        try {
            webhook = URI.create(address.strip());
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("the WeCom robot's webhook is not a URL: " + malformed.getClass().getSimpleName());
        }
        checkArgument("https".equalsIgnoreCase(webhook.getScheme()) || "http".equalsIgnoreCase(webhook.getScheme()),
                "the WeCom robot's webhook is not an http(s) URL: %s", withoutKey(webhook));
        checkArgument(webhook.getHost() != null, "the WeCom robot's webhook has no host");
        return webhook;
    }

    /** The webhook without its query, where the robot's key is: safe to log. */
    static String withoutKey(URI webhook) {
        return webhook.getScheme() + "://" + webhook.getRawAuthority() + (webhook.getRawPath() == null ? "" : webhook.getRawPath());
    }
}
