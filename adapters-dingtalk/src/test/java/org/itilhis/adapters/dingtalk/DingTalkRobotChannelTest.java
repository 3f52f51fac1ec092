package org.itilhis.adapters.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.itilhis.core.notification.Channel;
import org.itilhis.ports.notification.out.OutgoingMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The DingTalk robot channel against a local robot that answers and checks as the documented one does. */
class DingTalkRobotChannelTest {
    private static final String SECRET = "SEC7b1d5e3f0a2c4e6d8f9a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d";

    private FakeDingTalkRobot robot = FakeDingTalkRobot.signedWith(SECRET);
    private final DingTalkRobotChannel channel = new DingTalkRobotChannel(Duration.ofMillis(500));

    @AfterEach
    void stopTheRobot() {
        robot.close();
    }

    @Test
    void postsAMarkdownMessageAsJsonToTheSignedWebhook() {
        long before = System.currentTimeMillis();

        channel.send(assignment(robot.address(), Optional.of(SECRET), "呼叫人：张伟（检验科）"));

        List<FakeDingTalkRobot.Request> requests = robot.requests();
        assertThat(requests).hasSize(1);
        FakeDingTalkRobot.Request request = requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/robot/send");
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(request.rawQuery()).startsWith("access_token=" + FakeDingTalkRobot.TOKEN + "&timestamp=");
        long timestamp = Long.parseLong(request.query().get("timestamp"));
        assertThat(timestamp).isBetween(before, System.currentTimeMillis());
        assertThat(request.query().get("sign")).isEqualTo(FakeDingTalkRobot.expectedSign(SECRET, Long.toString(timestamp)));
        JsonNode json = request.json();
        assertThat(json.properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("msgtype", "markdown", "at");
        assertThat(json.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(json.get("markdown").get("title").isTextual()).isTrue();
        assertThat(json.get("markdown").get("text").isTextual()).isTrue();
        assertThat(json.get("at").get("isAtAll").isBoolean()).isTrue();
        assertThat(json.get("at").get("isAtAll").booleanValue()).isFalse();
        assertThat(json.get("at").get("atMobiles").isArray()).isTrue();
        assertThat(robot.received()).hasSize(1);
    }

    @Test
    void theCardIsTheSubjectAsTitleThenAHeadingTheSummaryAndTheLink() {
        channel.send(assignment(robot.address(), Optional.of(SECRET), "呼叫人：张伟（检验科）\n影响：门诊采血窗口无法打印条码。"));

        JsonNode markdown = robot.requests().get(0).json().get("markdown");
        assertThat(markdown.get("title").asText()).isEqualTo("INC-2026-000123 [P2] 检验科标签打印机卡纸");
        assertThat(markdown.get("text").asText()).isEqualTo("""
                #### INC-2026-000123 [P2] 检验科标签打印机卡纸

                呼叫人：张伟（检验科）\s\s
                影响：门诊采血窗口无法打印条码。

                [查看 INC-2026-000123](https://itsm.example-hospital.cn/tickets/INC-2026-000123)""");
    }

    @Test
    void toldToSendTextItPostsATextMessageWithTheSameLinesAndABareLink() {
        DingTalkRobotChannel textChannel = new DingTalkRobotChannel(Duration.ofSeconds(2), InstantSource.system(),
                DingTalkMessageType.TEXT);

        textChannel.send(assignment(robot.address(), Optional.of(SECRET), "呼叫人：张伟（检验科）"));

        JsonNode json = robot.requests().get(0).json();
        assertThat(json.properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("msgtype", "text", "at");
        assertThat(json.get("msgtype").asText()).isEqualTo("text");
        assertThat(json.get("text").get("content").asText()).isEqualTo("""
                INC-2026-000123 [P2] 检验科标签打印机卡纸
                呼叫人：张伟（检验科）
                查看: https://itsm.example-hospital.cn/tickets/INC-2026-000123""");
        assertThat(robot.received()).hasSize(1);
    }

    @Test
    void aRobotWithoutASecretGetsTheWebhookAsItIs() {
        robot.close();
        robot = FakeDingTalkRobot.withKeyword("打印机");

        channel.send(assignment(robot.address(), Optional.empty(), "Body"));

        assertThat(robot.requests().get(0).rawQuery()).isEqualTo("access_token=" + FakeDingTalkRobot.TOKEN);
        assertThat(robot.received()).hasSize(1);
    }

    @Test
    void aMessageWithoutTheRobotsKeywordIsRefusedWith310000() {
        robot.close();
        robot = FakeDingTalkRobot.withKeyword("itilhis");

        DingTalkDeliveryException failure = catchThrowableOfType(DingTalkDeliveryException.class,
                () -> channel.send(assignment(robot.address(), Optional.empty(), "Body")));

        assertThat(failure.errorCode()).hasValue(310000);
        assertThat(failure.isRefusedBySecuritySettings()).isTrue();
        assertThat(failure).hasMessageContaining("keywords not in content");
    }

    @Test
    void aWrongSecretIsRefusedWith310000AndNeitherTokenNorSignatureIsInTheFailure() {
        DingTalkDeliveryException failure = catchThrowableOfType(DingTalkDeliveryException.class,
                () -> channel.send(assignment(robot.address(), Optional.of("SECnotTheRobotsSecret"), "Body")));

        assertThat(failure.errorCode()).hasValue(310000);
        assertThat(failure).hasMessageContaining("sign not match").hasMessageContaining("/robot/send")
                .hasMessageNotContaining(FakeDingTalkRobot.TOKEN).hasMessageNotContaining("sign=");
        assertThat(robot.received()).isEmpty();
    }

    @Test
    void aClockMoreThanAnHourOffIsRefusedWith310000() {
        DingTalkRobotChannel late = new DingTalkRobotChannel(Duration.ofSeconds(2),
                InstantSource.fixed(Instant.now().minus(Duration.ofMinutes(61))));
        DingTalkRobotChannel slightlyLate = new DingTalkRobotChannel(Duration.ofSeconds(2),
                InstantSource.fixed(Instant.now().minus(Duration.ofMinutes(59))));

        assertThatThrownBy(() -> late.send(assignment(robot.address(), Optional.of(SECRET), "Body")))
                .isInstanceOf(DingTalkDeliveryException.class).hasMessageContaining("invalid timestamp");
        slightlyLate.send(assignment(robot.address(), Optional.of(SECRET), "Body"));

        assertThat(robot.received()).hasSize(1);
    }

    @Test
    void theChannelHoldsBackARobotsTwentyFirstMessageInAMinuteWithoutPostingIt() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
        DingTalkRobotChannel limited = new DingTalkRobotChannel(Duration.ofSeconds(2), now::get);
        for (int i = 0; i < 20; i++) {
            limited.send(assignment(robot.address(), Optional.of(SECRET), "Body " + i));
        }

        DingTalkDeliveryException failure = catchThrowableOfType(DingTalkDeliveryException.class,
                () -> limited.send(assignment(robot.address(), Optional.of(SECRET), "Body 21")));

        assertThat(failure.isRateLimited()).isTrue();
        assertThat(failure.errorCode()).isEmpty();
        assertThat(failure).hasMessageContaining("held evt_123.1 back").hasMessageNotContaining(FakeDingTalkRobot.TOKEN);
        assertThat(robot.requests()).hasSize(20);
    }

    @Test
    void aRobotThatMeetsItsRateLimitAnswers130101AndSendThrows() {
        DingTalkRobotChannel unlimited = new DingTalkRobotChannel(Duration.ofSeconds(2), InstantSource.system(),
                DingTalkMessageType.MARKDOWN, 1000);
        for (int i = 0; i < 20; i++) {
            unlimited.send(assignment(robot.address(), Optional.of(SECRET), "Body " + i));
        }

        DingTalkDeliveryException failure = catchThrowableOfType(DingTalkDeliveryException.class,
                () -> unlimited.send(assignment(robot.address(), Optional.of(SECRET), "Body 21")));

        assertThat(failure.isRateLimited()).isTrue();
        assertThat(failure.errorCode()).hasValue(130101);
        assertThat(failure).hasMessageContaining("send too fast");
        assertThat(robot.received()).hasSize(20);
    }

    @Test
    void aLongBodyIsShortenedWithinTheBudgetKeepingTheHeadingAndTheLink() {
        channel.send(assignment(robot.address(), Optional.of(SECRET), "心电图机无法上传。".repeat(400) + "😀".repeat(50)));

        String text = robot.requests().get(0).json().get("markdown").get("text").asText();
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(DingTalkCard.MAX_TEXT_BYTES)
                .isGreaterThan(DingTalkCard.MAX_TEXT_BYTES - 4);
        assertThat(text).startsWith("#### INC-2026-000123 [P2] 检验科标签打印机卡纸\n\n心电图机")
                .endsWith("…\n\n[查看 INC-2026-000123](https://itsm.example-hospital.cn/tickets/INC-2026-000123)")
                .doesNotContain("\uFFFD");
    }

    @Test
    void anHttpErrorOrAnAnswerWithoutErrcodeThrows() {
        robot.answerNext(new FakeDingTalkRobot.Answer(503, "", Duration.ZERO));
        robot.answerNext(new FakeDingTalkRobot.Answer(200, "{}", Duration.ZERO));

        assertThatThrownBy(() -> channel.send(assignment(robot.address(), Optional.of(SECRET), "Body")))
                .isInstanceOf(DingTalkDeliveryException.class).hasMessageContaining("HTTP 503");
        assertThatThrownBy(() -> channel.send(assignment(robot.address(), Optional.of(SECRET), "Body")))
                .isInstanceOf(DingTalkDeliveryException.class).hasMessageContaining("without an errcode");
    }

    @Test
    void aRobotThatStallsPastTheTimeoutMakesSendThrowInTime() {
        robot.answerNext(new FakeDingTalkRobot.Answer(200, "{\"errcode\":0,\"errmsg\":\"ok\"}", Duration.ofSeconds(3)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> channel.send(assignment(robot.address(), Optional.of(SECRET), "Body")))
                .isInstanceOf(DingTalkDeliveryException.class).hasMessageContaining("did not answer");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aRobotNobodyListensOnMakesSendThrow() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> channel.send(assignment("http://127.0.0.1:" + closedPort + "/robot/send?access_token=t",
                Optional.of(SECRET), "Body"))).isInstanceOf(DingTalkDeliveryException.class)
                .hasMessageContaining("could not be reached").hasMessageNotContaining("access_token=t");
    }

    @Test
    void aMalformedWebhookIsRejectedWithoutRepeatingItsToken() {
        assertThatThrownBy(() -> channel.send(assignment("https://oapi.dingtalk.com/robot/send?access_token=secret token",
                Optional.of(SECRET), "Body"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a URL").hasMessageNotContaining("secret token");
    }

    @Test
    void aMessageForAnotherChannelIsRejected() {
        OutgoingMessage wecom = new OutgoingMessage("evt_9.1", Channel.WECOM, robot.address(), Optional.empty(),
                Locale.ENGLISH, "ticket.assigned", "INC-2026-000009", "INC-2026-000009 [P3] Mouse", "Mouse", Optional.empty());

        assertThatThrownBy(() -> channel.send(wecom)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WECOM");
        assertThat(robot.requests()).isEmpty();
    }

    private static OutgoingMessage assignment(String webhook, Optional<String> secret, String body) {
        return new OutgoingMessage("evt_123.1", Channel.DINGTALK, webhook, secret, Locale.SIMPLIFIED_CHINESE,
                "ticket.assigned", "INC-2026-000123", "INC-2026-000123 [P2] 检验科标签打印机卡纸", body,
                Optional.of(URI.create("https://itsm.example-hospital.cn/tickets/INC-2026-000123")));
    }
}
