package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.Problems.refused;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Problem texts follow Accept-Language: Simplified Chinese for any Chinese, English otherwise. */
class LanguageHttpTest {
    private static RunningApi api;
    private static JsonNode incident;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        incident = new Desk(api).printerIncident();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aRefusalOfTheCoreIsInChinese() {
        JsonNode problem = refused(api, 409, "workflow.illegal-transition", () -> api.post(Desk.path(incident)
                + "/confirm").as(NURSE_WANG).header("If-Match", "\"1\"").header("Accept-Language", "zh-CN").send());
        assertThat(problem.get("title").asText()).isEqualTo("与当前状态冲突");
        assertThat(problem.get("detail").asText()).contains("现在允许的操作");
    }

    @Test
    void fieldMessagesAreInChineseToo() {
        RunningApi.Reply reply = api.post("/api/v1/contacts").as(AGENT_CHEN).header("Accept-Language", "zh-Hans-CN, en;q=0.5")
                .json(RunningApi.object().put("channel", "PHONE").put("caller", "N1001").put("department", "ward-5-east")
                        .put("description", "x".repeat(8001)).put("location", " "))
                .send();
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Language")).isEqualTo("zh-CN");
        assertThat(reply.json().get("detail").asText()).isEqualTo("请求无效，请查看各字段的错误");
        assertThat(messages(reply.json())).containsExactly("description: 个数必须在0和8000之间",
                "location: 必须是 1 到 64 个字符，且不能为空白");
    }

    @Test
    void theAdaptersOwnRefusalsAreInChinese() {
        RunningApi.Reply reply = api.post(Desk.path(incident) + "/accept").as(AGENT_CHEN)
                .header("Accept-Language", "zh").send();
        assertThat(reply.status()).isEqualTo(428);
        assertThat(reply.json().get("detail").asText()).contains("If-Match");
        assertThat(reply.json().get("title").asText()).isEqualTo("需要前提条件");
    }

    @Test
    void anyOtherOrMalformedLanguageGetsEnglish() {
        for (String language : new String[] {"fr-FR", "en-GB, zh;q=0.1", ";;;", "zh;q=0, de"}) {
            RunningApi.Reply reply = api.get("/api/v1/queue").header("Accept-Language", language).send();
            assertThat(reply.header("Content-Language")).as(language).isEqualTo("en");
            assertThat(reply.json().get("title").asText()).isEqualTo("Authentication required");
        }
    }

    private static List<String> messages(JsonNode problem) {
        List<String> messages = new ArrayList<>();
        problem.get("errors").forEach(e -> messages.add(e.get("field").asText() + ": " + e.get("message").asText()));
        return messages;
    }
}
