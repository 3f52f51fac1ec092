package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.Problems.refused;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.sla.SlaTargets;
import org.itilhis.ports.servicelevel.in.SlaConfiguration;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SLA configuration over HTTP: read with its version as ETag, replaced as a whole with
 * If-Match, every refused field named in the reader's language, and nothing saved on a refusal.
 */
class SlaConfigurationHttpTest {
    private static final String PATH = "/api/v1/sla/configuration";
    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        api.configureServiceLevels();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private RunningApi.Reply read() {
        return api.get(PATH).as(AGENT_CHEN).send();
    }

    /** The configuration as read, turned into the body of a PUT. */
    private static ObjectNode editable(JsonNode read) {
        ObjectNode body = read.deepCopy();
        body.remove("version");
        return body.put("reason", "the annual review");
    }

    private RunningApi.Reply save(ObjectNode body, String ifMatch) {
        return api.put(PATH).as(DIRECTOR_GAO).header("If-Match", ifMatch).json(body).send();
    }

    private SlaConfiguration stored() {
        return api.desk.slaConfiguration.configuration().orElseThrow();
    }

    @Test
    void theConfigurationIsReadWithItsVersionAsETag() {
        RunningApi.Reply reply = read();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.etag()).isEqualTo("\"1\"");
        JsonNode json = reply.json();
        assertThat(json.get("version").asLong()).isEqualTo(1);
        assertThat(json.get("defaultService").asText()).isEqualTo("desktop and printers");
        assertThat(json.get("calendars").get("CLINICAL_CRITICAL").asText()).isEqualTo("24x7");
        assertThat(json.get("categoryRules").get("his.pharmacy").asText()).isEqualTo("HIS inpatient pharmacy");
        JsonNode his = json.get("services").get(1);
        assertThat(his.get("name").asText()).isEqualTo("HIS outpatient");
        assertThat(his.get("criticality").asText()).isEqualTo("CLINICAL_CRITICAL");
        assertThat(his.at("/sla/targets/P2/response").asText()).isEqualTo("PT15M");
        assertThat(his.at("/sla/targets/P2/resolution").asText()).isEqualTo("PT4H");
        assertThat(his.at("/sla/warningPercents")).extracting(JsonNode::asInt).containsExactly(50, 75);
        assertThat(his.at("/sla/pausingReasons")).extracting(JsonNode::asText)
                .containsExactly("AWAITING_CALLER", "AWAITING_VENDOR");
        assertThat(api.get(PATH).as(AGENT_CHEN).header("If-None-Match", "\"1\"").send().status()).isEqualTo(304);
    }

    @Test
    void whatIsReadCanBeChangedAndSavedWithIfMatch() {
        ObjectNode body = editable(read().json());
        ((ObjectNode) body.at("/services/1/sla/targets/P2")).put("resolution", "PT3H30M");
        ((ArrayNode) body.at("/services/1/sla/warningPercents")).removeAll().add(60).add(90);
        ((ObjectNode) body.get("categoryRules")).put("his.lab", "HIS outpatient");

        RunningApi.Reply reply = save(body, "\"1\"");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.etag()).isEqualTo("\"2\"");
        assertThat(reply.json().get("version").asLong()).isEqualTo(2);
        assertThat(reply.json().at("/services/1/sla/targets/P2/resolution").asText()).isEqualTo("PT3H30M");
        assertThat(stored().version()).isEqualTo(2);
        assertThat(stored().catalogue().service("HIS outpatient").orElseThrow().sla().targetsFor(Priority.P2))
                .isEqualTo(new SlaTargets(Duration.ofMinutes(15), Duration.ofMinutes(210), Duration.ofHours(1)));
        assertThat(stored().catalogue().categoryRules()).containsEntry("his.lab", "HIS outpatient");
        assertThat(read().json()).isEqualTo(reply.json());
    }

    @Test
    void readingAndSavingUnchangedKeepsEveryTargetIncludingKeepInLoop() {
        RunningApi.Reply before = read();
        assertThat(before.json().at("/services/0/sla/targets/P4/keepInLoop").asText()).isEqualTo("PT8H");

        RunningApi.Reply saved = save(editable(before.json()), before.etag());

        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        JsonNode after = read().json();
        for (int i = 0; i < before.json().get("services").size(); i++) {
            assertThat(after.at("/services/" + i + "/sla/targets"))
                    .isEqualTo(before.json().at("/services/" + i + "/sla/targets"));
        }
        assertThat(stored().catalogue()).isEqualTo(DemoHospital.slaConfiguration().catalogue());
    }

    @Test
    void aKeepInLoopTargetLeftOutIsTheCoresDefault() {
        ObjectNode body = editable(read().json());
        ((ObjectNode) body.at("/services/0/sla/targets/P4")).remove("keepInLoop");

        RunningApi.Reply reply = save(body, "\"1\"");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().at("/services/0/sla/targets/P4/keepInLoop").asText()).isEqualTo("PT6H");
        assertThat(stored().catalogue().services().values().iterator().next().sla().targetsFor(Priority.P4)
                .keepInLoop()).isEqualTo(SlaTargets.defaultKeepInLoop(Duration.ofHours(2), Duration.ofHours(24)));
    }

    @Test
    void aKeepInLoopTargetThatIsNotAPositiveDurationIsNamed() {
        ObjectNode body = editable(read().json());
        ((ObjectNode) body.at("/services/0/sla/targets/P2")).put("keepInLoop", "PT0S");
        ((ObjectNode) body.at("/services/1/sla/targets/P3")).put("keepInLoop", "two hours");

        JsonNode problem = refused(api, 400, "request.invalid", () -> save(body, "\"1\""));

        assertThat(Problems.fields(problem)).containsExactly("services[0].sla.targets[P2].keepInLoop",
                "services[1].sla.targets[P3].keepInLoop");
        assertThat(stored().version()).isEqualTo(1);
    }

    @Test
    void aServiceNameOfMoreThanAHundredCharactersIsNamed() {
        ObjectNode body = editable(read().json());
        String longName = "HIS ".repeat(25) + "x";
        ((ObjectNode) body.at("/services/3")).put("name", longName);
        ((ObjectNode) body.at("/services/2")).put("name", "HIS ".repeat(25));

        JsonNode problem = refused(api, 400, "request.invalid", () -> save(body, "\"1\""));

        assertThat(Problems.fields(problem)).contains("services[3].name").doesNotContain("services[2].name");
        assertThat(stored().version()).isEqualTo(1);
    }

    @Test
    void anEngineerIsForbiddenToSaveBeforeAnyFieldIsLookedAt() {
        refused(api, 403, "access.denied", () -> api.put(PATH).as(ENGINEER_LIU).header("If-Match", "\"1\"")
                .json(RunningApi.object()).send());
        refused(api, 403, "access.denied", () -> api.put(PATH).as(ENGINEER_LIU).json(RunningApi.object()).send());
    }

    @Test
    void aStaleIfMatchIsAFailedPrecondition() {
        ObjectNode body = editable(read().json());
        assertThat(save(body, "\"1\"").status()).isEqualTo(200);

        refused(api, 412, "sla.version-conflict", () -> save(body, "\"1\""));
        refused(api, 412, "request.precondition-failed", () -> save(body, "W/\"2\""));
        assertThat(stored().version()).isEqualTo(2);
    }

    @Test
    void anyVersionIsReplacedWithAStar() {
        RunningApi.Reply reply = save(editable(read().json()), "*");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.etag()).isEqualTo("\"2\"");
    }

    @Test
    void savingWithoutIfMatchIsRefused() {
        refused(api, 428, "request.precondition-required", () -> api.put(PATH).as(DIRECTOR_GAO)
                .json(editable(read().json())).send());
    }

    @Test
    void aNurseMayNeitherReadNorChangeTheConfiguration() {
        ObjectNode body = editable(read().json());

        refused(api, 403, "access.denied", () -> api.get(PATH).as(NURSE_WANG).send());
        refused(api, 403, "access.denied", () -> api.put(PATH).as(NURSE_WANG).header("If-Match", "\"1\"")
                .json(body).send());
    }

    @Test
    void theServiceDeskMayReadButNotChangeIt() {
        refused(api, 403, "access.denied", () -> api.put(PATH).as(AGENT_CHEN).header("If-Match", "\"1\"")
                .json(editable(read().json())).send());
    }

    @Test
    void everyRefusedFieldIsNamed() {
        ObjectNode body = editable(read().json());
        ObjectNode his = (ObjectNode) body.at("/services/1");
        ((ObjectNode) his.at("/sla/targets")).remove("P5");
        ((ObjectNode) his.at("/sla/targets/P1")).put("response", "PT0S").put("resolution", "four hours");
        ((ArrayNode) his.at("/sla/warningPercents")).removeAll().add(75).add(50);
        // the rules naming the two services renamed here no longer find them
        ((ObjectNode) body.at("/services/2")).put("name", "HIS outpatient");
        ((ObjectNode) body.at("/services/3")).put("name", " ");
        ((ObjectNode) body.get("categoryRules")).put("HIS!", "nowhere");
        ((ObjectNode) body.get("calendars")).remove("IMPORTANT");
        ((ObjectNode) body.get("calendars")).put("GENERAL", "mon-fri");
        body.put("defaultService", "telephony").put("reason", "");

        JsonNode problem = refused(api, 400, "request.invalid", () -> save(body, "\"1\""));

        assertThat(Problems.fields(problem)).containsExactly("calendars", "calendars[GENERAL]", "categoryRules[HIS!]",
                "categoryRules[HIS!]", "categoryRules[his.pharmacy]", "categoryRules[network]", "defaultService", "reason", "services[1].sla.targets",
                "services[1].sla.targets[P1].resolution", "services[1].sla.targets[P1].response",
                "services[1].sla.warningPercents", "services[2].name", "services[3].name");
        assertThat(messages(problem)).contains("calendars[GENERAL]: names no stored calendar: mon-fri",
                "services[1].sla.targets: must give targets for every priority; missing: [P5]",
                "services[1].sla.targets[P1].response: must be a positive ISO-8601 duration of whole seconds, such as PT15M or PT4H");
        assertThat(stored().version()).isEqualTo(1);
    }

    @Test
    void refusedFieldsAreNamedInChinese() {
        ObjectNode body = editable(read().json());
        ((ObjectNode) body.at("/services/0/sla/targets/P3")).put("resolution", "PT1.5S");
        body.put("defaultService", "telephony");

        RunningApi.Reply reply = api.put(PATH).as(DIRECTOR_GAO).header("If-Match", "\"1\"")
                .header("Accept-Language", "zh-CN").json(body).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("title").asText()).isEqualTo("请求无效");
        assertThat(messages(reply.json())).containsExactly("defaultService: 服务目录中没有该服务：telephony",
                "services[0].sla.targets[P3].resolution: 必须是以整秒计的正的 ISO-8601 时长，例如 PT15M 或 PT4H");
    }

    @Test
    void anUnknownEnumValueIsNamedWithTheValuesThatExist() {
        ObjectNode body = editable(read().json());
        ((ObjectNode) body.at("/services/0")).put("criticality", "VITAL");

        JsonNode problem = refused(api, 400, "request.invalid", () -> save(body, "\"1\""));

        assertThat(Problems.fields(problem)).containsExactly("services[0].criticality");
    }

    @Test
    void theConfigurationBeforeTheFirstSaveIsAConflict() {
        try (RunningApi fresh = RunningApi.start()) {
            refused(fresh, 409, "sla.not-configured", () -> fresh.get(PATH).as(AGENT_CHEN).send());
        }
    }

    @Test
    void aNewDeskStoresItsCalendarsThenSavesItsFirstConfigurationAtVersionZero() {
        ObjectNode body = editable(read().json());
        try (RunningApi fresh = RunningApi.start()) {
            for (String name : List.of("24x7", "office-hours")) {
                String document = api.get("/api/v1/calendars/" + name + "/document").as(AGENT_CHEN).send().text();
                assertThat(fresh.post("/api/v1/calendars/" + name + "/versions").as(DIRECTOR_GAO)
                        .json(RunningApi.object().put("effectiveFrom", "2026-01-01T00:00:00+08:00")
                                .put("reason", "go-live").put("document", document)).send().status()).isEqualTo(201);
            }

            RunningApi.Reply saved = fresh.put(PATH).as(DIRECTOR_GAO).header("If-Match", "\"0\"").json(body).send();

            assertThat(saved.status()).as("%s", saved).isEqualTo(200);
            assertThat(saved.etag()).isEqualTo("\"1\"");
            assertThat(saved.json()).isEqualTo(read().json());
        }
    }

    private static List<String> messages(JsonNode problem) {
        List<String> messages = new ArrayList<>();
        problem.get("errors").forEach(e -> messages.add(e.get("field").asText() + ": " + e.get("message").asText()));
        return messages;
    }
}
