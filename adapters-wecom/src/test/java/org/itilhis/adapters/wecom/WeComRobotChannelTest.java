package org.itilhis.adapters.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.itilhis.core.notification.Channel;
import org.itilhis.ports.notification.out.OutgoingMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The WeCom robot channel against a local robot that answers as the documented one does. */
class WeComRobotChannelTest {
    private final FakeWeComRobot robot = FakeWeComRobot.start();
    private final WeComRobotChannel channel = new WeComRobotChannel(Duration.ofMillis(500));

    @AfterEach
    void stopTheRobot() {
        robot.close();
    }

    @Test
    void postsAMarkdownMessageAsJsonToTheRobotsWebhook() {
        channel.send(assignment(robot.address(), "呼叫人：张伟（检验科）\n影响：门诊采血窗口无法打印条码。"));

        List<FakeWeComRobot.Request> requests = robot.requests();
        assertThat(requests).hasSize(1);
        FakeWeComRobot.Request request = requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/cgi-bin/webhook/send");
        assertThat(request.query()).isEqualTo("key=" + FakeWeComRobot.KEY);
        assertThat(request.contentType()).startsWith("application/json");
        JsonNode json = request.json();
        assertThat(json.properties()).extracting(java.util.Map.Entry::getKey).containsExactlyInAnyOrder("msgtype", "markdown");
        assertThat(json.get("msgtype").isTextual()).isTrue();
        assertThat(json.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(json.get("markdown").isObject()).isTrue();
        assertThat(json.get("markdown").get("content").isTextual()).isTrue();
    }

    @Test
    void theCardShowsTheNumberAndPriorityInBoldThenTheSummaryThenTheLink() {
        channel.send(assignment(robot.address(), "呼叫人：张伟（检验科）\n影响：门诊采血窗口无法打印条码。"));

        assertThat(robot.received()).containsExactly("""
                **INC-2026-000123 [P2] 检验科标签打印机卡纸**
                呼叫人：张伟（检验科）
                影响：门诊采血窗口无法打印条码。
                [查看 INC-2026-000123](https://itsm.example-hospital.cn/tickets/INC-2026-000123)""");
    }

    @Test
    void aSubjectWithoutTheNumberGetsItInFrontAndAMessageWithoutALinkHasNoLinkLine() {
        OutgoingMessage message = new OutgoingMessage("evt_5.1", Channel.WECOM, robot.address(), Optional.empty(),
                Locale.ENGLISH, "ticket.assigned", "INC-2026-000005", "[P3] Mouse broken", "Ward 5's mouse is broken.",
                Optional.empty());

        channel.send(message);

        assertThat(robot.received()).containsExactly("**INC-2026-000005 [P3] Mouse broken**\nWard 5's mouse is broken.");
    }

    @Test
    void toldToSendTextItPostsATextMessageWithTheSameLinesAndABareLink() {
        WeComRobotChannel textChannel = new WeComRobotChannel(Duration.ofSeconds(2), WeComMessageType.TEXT);

        textChannel.send(assignment(robot.address(), "呼叫人：张伟（检验科）"));

        JsonNode json = robot.requests().get(0).json();
        assertThat(json.properties()).extracting(java.util.Map.Entry::getKey).containsExactlyInAnyOrder("msgtype", "text");
        assertThat(json.get("msgtype").asText()).isEqualTo("text");
        assertThat(json.get("text").get("content").isTextual()).isTrue();
        assertThat(robot.received()).containsExactly("""
                INC-2026-000123 [P2] 检验科标签打印机卡纸
                呼叫人：张伟（检验科）
                查看: https://itsm.example-hospital.cn/tickets/INC-2026-000123""");
    }

    @Test
    void aLongTextIsShortenedToTheRobots2048ByteLimit() {
        WeComRobotChannel textChannel = new WeComRobotChannel(Duration.ofSeconds(2), WeComMessageType.TEXT);

        textChannel.send(assignment(robot.address(), "检验科标签打印机卡纸。".repeat(100)));

        String content = robot.received().get(0);
        assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048).isGreaterThan(2048 - 4);
        assertThat(content).endsWith("…\n查看: https://itsm.example-hospital.cn/tickets/INC-2026-000123");
    }

    @Test
    void aLongBodyIsShortenedToTheRobots4096ByteLimitKeepingTheTitleAndTheLink() {
        String body = "检验科标签打印机卡纸。".repeat(300) + "😀".repeat(100);

        channel.send(assignment(robot.address(), body));

        String content = robot.received().get(0);
        int bytes = content.getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).isLessThanOrEqualTo(4096).isGreaterThan(4096 - 4);
        assertThat(content).startsWith("**INC-2026-000123 [P2] 检验科标签打印机卡纸**\n检验科")
                .endsWith("…\n[查看 INC-2026-000123](https://itsm.example-hospital.cn/tickets/INC-2026-000123)")
                .doesNotContain("\uFFFD");
    }

    @Test
    void theRateLimitErrorCodeThrowsARateLimitedFailure() {
        robot.answerNext(FakeWeComRobot.Answer.errcode(45009, "api freq out of limit"));

        WeComDeliveryException failure = catchThrowableOfType(WeComDeliveryException.class,
                () -> channel.send(assignment(robot.address(), "Body")));

        assertThat(failure.isRateLimited()).isTrue();
        assertThat(failure.errorCode()).hasValue(45009);
        assertThat(failure).hasMessageContaining("errcode 45009").hasMessageContaining("evt_123.1");
        assertThat(robot.received()).isEmpty();
    }

    @Test
    void theChannelHoldsBackARobotsTwentyFirstMessageInAMinuteWithoutPostingIt() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T02:00:00Z"));
        WeComRobotChannel limited = new WeComRobotChannel(Duration.ofSeconds(2), WeComMessageType.MARKDOWN,
                WeComRobotChannel.MESSAGES_PER_MINUTE, now::get);
        for (int i = 0; i < 20; i++) {
            limited.send(assignment(robot.address(), "Body " + i));
            now.set(now.get().plusSeconds(2));
        }

        WeComDeliveryException failure = catchThrowableOfType(WeComDeliveryException.class,
                () -> limited.send(assignment(robot.address(), "Body 21")));
        now.set(Instant.parse("2026-12-07T02:01:00.001Z"));
        limited.send(assignment(robot.address(), "Body 22"));

        assertThat(failure.isRateLimited()).isTrue();
        assertThat(failure.errorCode()).isEmpty();
        assertThat(failure).hasMessageContaining("held evt_123.1 back").hasMessageNotContaining(FakeWeComRobot.KEY);
        assertThat(robot.requests()).as("posted: the 20, then the one after the first left the minute").hasSize(21);
    }

    @Test
    void aTooLongMessageErrorCodeThrows() {
        robot.answerNext(FakeWeComRobot.Answer.errcode(40058, "markdown.content exceed max length 4096"));

        assertThatThrownBy(() -> channel.send(assignment(robot.address(), "Body")))
                .isInstanceOf(WeComDeliveryException.class).hasMessageContaining("errcode 40058");
    }

    @Test
    void aWrongKeyIsRefusedAndTheKeyIsNotInTheFailure() {
        String wrong = robot.address().replace(FakeWeComRobot.KEY, "not-the-robots-key");

        WeComDeliveryException failure = catchThrowableOfType(WeComDeliveryException.class,
                () -> channel.send(assignment(wrong, "Body")));

        assertThat(failure.errorCode()).hasValue(93000);
        assertThat(failure.isRateLimited()).isFalse();
        assertThat(failure.getMessage()).doesNotContain("not-the-robots-key").contains("/cgi-bin/webhook/send");
    }

    @Test
    void anHttpErrorThrows() {
        robot.answerNext(new FakeWeComRobot.Answer(502, "<html>Bad Gateway</html>", Duration.ZERO));

        assertThatThrownBy(() -> channel.send(assignment(robot.address(), "Body")))
                .isInstanceOf(WeComDeliveryException.class).hasMessageContaining("HTTP 502");
    }

    @Test
    void anAnswerWithoutAnErrcodeThrows() {
        robot.answerNext(new FakeWeComRobot.Answer(200, "{\"status\":\"fine\"}", Duration.ZERO));
        robot.answerNext(new FakeWeComRobot.Answer(200, "fine", Duration.ZERO));

        assertThatThrownBy(() -> channel.send(assignment(robot.address(), "Body")))
                .isInstanceOf(WeComDeliveryException.class).hasMessageContaining("without an errcode");
        assertThatThrownBy(() -> channel.send(assignment(robot.address(), "Body")))
                .isInstanceOf(WeComDeliveryException.class).hasMessageContaining("no JSON");
    }

    @Test
    void aRobotThatStallsPastTheTimeoutMakesSendThrowInTime() {
        robot.answerNext(new FakeWeComRobot.Answer(200, "{\"errcode\":0,\"errmsg\":\"ok\"}", Duration.ofSeconds(3)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> channel.send(assignment(robot.address(), "Body")))
                .isInstanceOf(WeComDeliveryException.class).hasMessageContaining("did not answer");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aRobotNobodyListensOnMakesSendThrow() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> channel.send(assignment("http://127.0.0.1:" + closedPort + "/cgi-bin/webhook/send?key=k",
                "Body"))).isInstanceOf(WeComDeliveryException.class).hasMessageContaining("could not be reached")
                .hasMessageNotContaining("key=k");
    }

    @Test
    void aWebhookThatIsNotAnHttpUrlIsRejectedBeforeSending() {
        assertThatThrownBy(() -> channel.send(assignment("ftp://qyapi.weixin.qq.com/send?key=k", "Body")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an http(s) URL");
    }

    @Test
    void aMalformedWebhookIsRejectedWithoutRepeatingItsKey() {
        assertThatThrownBy(() -> channel.send(assignment("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=secret key", "Body")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a URL")
                .hasMessageNotContaining("secret key");
    }

    @Test
    void aMessageForAnotherChannelIsRejected() {
        OutgoingMessage mail = new OutgoingMessage("evt_9.1", Channel.DINGTALK, robot.address(), Optional.empty(),
                Locale.ENGLISH, "ticket.assigned", "INC-2026-000009", "INC-2026-000009 [P3] Mouse", "Mouse", Optional.empty());

        assertThatThrownBy(() -> channel.send(mail)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DINGTALK");
        assertThat(robot.requests()).isEmpty();
    }

    private static OutgoingMessage assignment(String webhook, String body) {
        return new OutgoingMessage("evt_123.1", Channel.WECOM, webhook, Optional.empty(), Locale.SIMPLIFIED_CHINESE,
                "ticket.assigned", "INC-2026-000123", "INC-2026-000123 [P2] 检验科标签打印机卡纸", body,
                Optional.of(URI.create("https://itsm.example-hospital.cn/tickets/INC-2026-000123")));
    }
}
