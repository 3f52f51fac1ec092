package org.itilhis.adapters.dingtalk;

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
 * Sends a rendered message to a DingTalk (钉钉) group chat through the group's custom robot: an
 * HTTP POST of {@code {"msgtype":"markdown","markdown":{"title":...,"text":...},"at":{...}}} to
 * the robot's webhook URL ({@code https://oapi.dingtalk.com/robot/send?access_token=...}, the
 * message's address). When the message carries the robot's secret (加签), the URL is signed with
 * {@link DingTalkSignature} at the moment of sending. The card's title is the subject; its text
 * a heading with the record's number and priority, the body and a link to the record. Told to
 * send {@link DingTalkMessageType#TEXT}, it posts {@code {"msgtype":"text","text":{"content":...}}}
 * with the same lines as plain text.
 *
 * <p>Returns when the robot answered {@code errcode} 0. Anything else, an error code (130101 when
 * the robot's 20 messages a minute are used up, 310000 when its security settings refuse the
 * message), an HTTP error, no answer within the timeout, no connection, throws a {@link
 * DingTalkDeliveryException}: the relay retries the event later. A robot's 21st message within a
 * minute is not posted at all but thrown as rate-limited. Neither the access token nor
 * the signature appears in an exception or a log line.
 */
public final class DingTalkRobotChannel implements MessageChannel {
    /** How long to wait for a connection and then for the answer, unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** DingTalk's documented limit: a robot takes at most 20 messages a minute (and then refuses all for ten). */
    public static final int MESSAGES_PER_MINUTE = 20;

    private static final Logger LOG = LoggerFactory.getLogger(DingTalkRobotChannel.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final Duration timeout;
    private final InstantSource clock;
    private final DingTalkMessageType type;
    private final SendingWindow window;

    public DingTalkRobotChannel() {
        this(DEFAULT_TIMEOUT, InstantSource.system());
    }

    public DingTalkRobotChannel(Duration timeout) {
        this(timeout, InstantSource.system());
    }

    /**
     * A channel that waits at most {@code timeout} to connect, and as long again for the robot's
     * answer, and signs with the time {@code clock} tells (DingTalk refuses one more than an hour
     * from its own).
     */
    public DingTalkRobotChannel(Duration timeout, InstantSource clock) {
        this(timeout, clock, DingTalkMessageType.MARKDOWN);
    }

    /** As {@link #DingTalkRobotChannel(Duration, InstantSource)}, sending messages of {@code type}. */
    public DingTalkRobotChannel(Duration timeout, InstantSource clock, DingTalkMessageType type) {
        this(timeout, clock, type, MESSAGES_PER_MINUTE);
    }

    /**
     * As {@link #DingTalkRobotChannel(Duration, InstantSource, DingTalkMessageType)}, sending each
     * robot at most {@code perMinute} messages a minute from this process: one more is held back
     * (thrown as rate-limited, for the relay to retry) rather than posted to a robot that would
     * refuse it and then refuse everything for ten minutes.
     */
    public DingTalkRobotChannel(Duration timeout, InstantSource clock, DingTalkMessageType type, int perMinute) {
        checkNotNull(timeout, "timeout");
        checkArgument(!timeout.isNegative() && !timeout.isZero(), "timeout is not positive: %s", timeout);
        this.timeout = timeout;
        this.clock = checkNotNull(clock, "clock");
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
        return Channel.DINGTALK;
    }

    @Override
    public void send(OutgoingMessage message) {
        checkNotNull(message, "message");
        checkArgument(message.channel() == Channel.DINGTALK, "a %s message was handed to the DingTalk channel",
                message.channel());
        URI webhook = webhookOf(message.address());
        String where = withoutToken(webhook);
        if (!window.admit(message.address().strip())) {
            throw DingTalkDeliveryException.heldBack("held " + message.id() + " back from the DingTalk robot at " + where
                    + ": " + window.perMinute() + " messages already went to it in the last minute");
        }
        URI target = message.secret().filter(secret -> !secret.isBlank())
                .map(secret -> DingTalkSignature.signedUrl(webhook, secret.strip(), clock.millis()))
                .orElse(webhook);
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload(message, type), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = exchange(request, where, message.id());
        checkAnswer(response, where, message.id());
        LOG.debug("DingTalk robot at {} took {} ({})", where, message.id(), message.reference());
    }

    /** The JSON the robot receives for {@code message}. */
    static String payload(OutgoingMessage message, DingTalkMessageType type) {
        ObjectNode root = JSON.createObjectNode();
        switch (type) {
            case MARKDOWN -> {
                root.put("msgtype", "markdown");
                ObjectNode markdown = root.putObject("markdown");
                markdown.put("title", DingTalkCard.title(message));
                markdown.put("text", DingTalkCard.text(message));
            }
            case TEXT -> {
                root.put("msgtype", "text");
                root.putObject("text").put("content", DingTalkCard.plainText(message));
            }
        }
        ObjectNode at = root.putObject("at");
        at.putArray("atMobiles");
        at.put("isAtAll", false);
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
            throw new DingTalkDeliveryException("DingTalk robot at " + where + " did not answer " + id + " within "
                    + timeout, null, slow);
        } catch (IOException unreachable) {
            throw new DingTalkDeliveryException("DingTalk robot at " + where + " could not be reached for " + id + ": "
                    + unreachable, null, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DingTalkDeliveryException("interrupted while sending " + id + " to the DingTalk robot at " + where,
                    null, interrupted);
        }
    }

    private static void checkAnswer(HttpResponse<String> response, String where, String id) {
        if (response.statusCode() / 100 != 2) {
            throw new DingTalkDeliveryException("DingTalk robot at " + where + " answered HTTP " + response.statusCode()
                    + " to " + id, null, null);
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (JsonProcessingException notJson) {
            throw new DingTalkDeliveryException("DingTalk robot at " + where + " answered " + id + " with no JSON",
                    null, notJson);
        }
        JsonNode errcode = answer == null ? null : answer.get("errcode");
        if (errcode == null || !errcode.canConvertToInt()) {
            throw new DingTalkDeliveryException("DingTalk robot at " + where + " answered " + id + " without an errcode",
                    null, null);
        }
        if (errcode.intValue() != 0) {
            String errmsg = answer.path("errmsg").asText("");
            throw new DingTalkDeliveryException("DingTalk robot at " + where + " refused " + id + ": errcode "
                    + errcode.intValue() + " " + errmsg, errcode.intValue(), null);
        }
    }

    private static URI webhookOf(String address) {
        URI webhook;
        try {
            webhook = URI.create(address.strip());
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("the DingTalk robot's webhook is not a URL: "
                    + malformed.getClass().getSimpleName());
        }
        checkArgument("https".equalsIgnoreCase(webhook.getScheme()) || "http".equalsIgnoreCase(webhook.getScheme()),
                "the DingTalk robot's webhook is not an http(s) URL: %s", withoutToken(webhook));
        checkArgument(webhook.getHost() != null, "the DingTalk robot's webhook has no host");
        return webhook;
    }

    /** The webhook without its query, where the robot's access token is: safe to log. */
    static String withoutToken(URI webhook) {
        return webhook.getScheme() + "://" + webhook.getRawAuthority()
                + (webhook.getRawPath() == null ? "" : webhook.getRawPath());
    }
}
