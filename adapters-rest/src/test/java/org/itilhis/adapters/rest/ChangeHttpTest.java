package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.ChangeDeskHttp.at;
import static org.itilhis.adapters.rest.ChangeDeskHttp.id;
import static org.itilhis.adapters.rest.ChangeDeskHttp.raising;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CHANGE_MANAGER_LIN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Change management over HTTP on the demo hospital: a normal change's life through the CAB
 * vote; the HIS outpatient blackout and both PACS halves at once caught by the schedule (409
 * listing each conflict with its path, in English and Chinese) and an emergency's override;
 * bad input named by field; the desk reading only. Every refusal changes nothing.
 */
class ChangeHttpTest {
    private RunningApi api;
    private ChangeDeskHttp desk;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        desk = new ChangeDeskHttp(api);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aNormalChangeGoesFromDraftThroughTheCabVoteToClosed() {
        ObjectNode body = raising("NORMAL", "2026-03-03T13:00", "2026-03-03T14:00", desk.hisServer(1));
        RunningApi.Reply raised = api.post("/api/v1/changes").as(SPECIALIST_HUANG).header("Idempotency-Key", "his-1")
                .json(body).send();
        RunningApi.Reply retry = api.post("/api/v1/changes").as(SPECIALIST_HUANG).header("Idempotency-Key", "his-1")
                .json(body).send();
        assertThat(raised.status()).as("%s", raised).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id")).isEqualTo(raised.json().get("id"));
        JsonNode draft = raised.json();
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("allowedActions")).extracting(JsonNode::asText).contains("submit", "revise-plans", "cancel");

        JsonNode before = desk.beforeTheBoard(draft);
        assertThat(before.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(before.at("/risk/explanation")).isNotEmpty();
        assertThat(before.at("/approval/board").asText()).isEqualTo("cab");
        JsonNode agenda = api.get("/api/v1/cab/cab/agenda").as(CHANGE_MANAGER_LIN).send().json();
        assertThat(agenda.get("items")).extracting(item -> item.at("/change/number").asText())
                .containsExactly(draft.get("number").asText());

        JsonNode approved = desk.approvedByItsBoard(before);
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.at("/approval/decision").asText()).isEqualTo("APPROVED");
        JsonNode scheduled = desk.step(CHANGE_MANAGER_LIN, approved, "schedule", object()
                .put("windowStart", at("2026-03-03T13:00")).put("windowEnd", at("2026-03-03T14:00")));
        desk.advanceTo("2026-03-03T13:00");
        JsonNode started = desk.step(SPECIALIST_HUANG, scheduled, "start", null);
        JsonNode completed = desk.step(SPECIALIST_HUANG, started, "complete", null);
        JsonNode reviewed = desk.step(CHANGE_MANAGER_LIN, completed, "review",
                object().put("successful", true).put("lessons", "Snapshot first, as planned"));
        JsonNode closed = desk.step(CHANGE_MANAGER_LIN, reviewed, "close", null);

        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("allowedActions")).isEmpty();
        RunningApi.Reply byNumber = api.get("/api/v1/changes/" + closed.get("number").asText()).as(AGENT_CHEN).send();
        assertThat(byNumber.status()).isEqualTo(200);
        assertThat(byNumber.etag()).isEqualTo(ChangeDeskHttp.etag(closed));
        assertThat(api.get(ChangeDeskHttp.path(closed)).as(AGENT_CHEN).header("If-None-Match",
                ChangeDeskHttp.etag(closed)).send().status()).isEqualTo(304);
        JsonNode history = api.get(ChangeDeskHttp.path(closed) + "/history").as(CHANGE_MANAGER_LIN).send().json();
        assertThat(history.get("events").size()).isGreaterThanOrEqualTo(10);
        assertTheHistoryShowsEachStepsData(history, approved);
        assertThat(api.get(ChangeDeskHttp.path(closed) + "/possibly-caused-incidents").as(CHANGE_MANAGER_LIN).send()
                .json().get("items")).isEmpty();
        JsonNode found = api.get("/api/v1/changes?status=CLOSED&model=NORMAL&ci=" + id(desk.hisServer(1)) + "&q=patch")
                .as(CHANGE_MANAGER_LIN).send().json();
        assertThat(found.get("items")).extracting(c -> c.get("number").asText())
                .containsExactly(closed.get("number").asText());
    }

    /** The history's data: the number, the risk with its explanation, each vote, the decision right after the deciding vote, the window, the review. */
    private static void assertTheHistoryShowsEachStepsData(JsonNode history, JsonNode approved) {
        List<JsonNode> events = new ArrayList<>();
        history.get("events").forEach(events::add);
        assertThat(events).extracting(e -> e.get("type").asText()).startsWith("change.raised", "change.submitted",
                "change.assessed", "change.approval-requested").contains("change.vote-cast", "change.cab-decided",
                "change.scheduled", "change.implementation-started", "change.implemented", "change.reviewed",
                "change.closed");
        JsonNode raised = events.get(0);
        assertThat(raised.at("/data/number").asText()).isEqualTo(approved.get("number").asText());
        assertThat(raised.at("/data/model").asText()).isEqualTo("NORMAL");
        assertThat(raised.at("/data/windowStart").asText()).isEqualTo(instant("2026-03-03T13:00"));
        JsonNode assessed = events.get(2).get("data");
        assertThat(assessed.get("likelihood").asText()).isEqualTo("POSSIBLE");
        assertThat(assessed.get("likelihoodReason").asText()).isEqualTo("New patch, tested on one node");
        assertThat(assessed.get("level").asText()).isEqualTo(approved.at("/risk/level").asText());
        assertThat(assessed.get("explanation")).isEqualTo(approved.at("/risk/explanation"));
        assertThat(events.get(3).at("/data/board").asText()).isEqualTo("cab");
        assertThat(events.get(3).at("/data/rule").asText()).isEqualTo(approved.at("/approval/rule").asText());

        List<JsonNode> votes = events.stream().filter(e -> e.get("type").asText().equals("change.vote-cast")).toList();
        assertThat(votes).extracting(v -> v.at("/data/member").asText())
                .containsExactlyElementsOf(approved.at("/approval/votes").findValuesAsText("member"));
        assertThat(votes).allSatisfy(vote -> {
            assertThat(vote.at("/data/choice").asText()).isEqualTo("APPROVE");
            assertThat(vote.at("/data/comment").asText()).isEqualTo("agreed 同意");
            assertThat(vote.get("actor").asText()).isEqualTo(vote.at("/data/member").asText());
        });
        int decided = events.indexOf(events.stream().filter(e -> e.get("type").asText().equals("change.cab-decided"))
                .findFirst().orElseThrow());
        assertThat(events.get(decided - 1)).isEqualTo(votes.get(votes.size() - 1));
        assertThat(events.get(decided).get("data")).hasSize(1);
        assertThat(events.get(decided).at("/data/decision").asText()).isEqualTo("APPROVED");

        JsonNode scheduled = events.get(decided + 1).get("data");
        assertThat(scheduled.get("windowStart").asText()).isEqualTo(instant("2026-03-03T13:00"));
        assertThat(scheduled.get("windowEnd").asText()).isEqualTo(instant("2026-03-03T14:00"));
        assertThat(scheduled.has("conflictOverride")).isFalse();
        JsonNode reviewed = events.stream().filter(e -> e.get("type").asText().equals("change.reviewed")).findFirst()
                .orElseThrow().get("data");
        assertThat(reviewed.get("successful").asBoolean()).isTrue();
        assertThat(reviewed.get("incidentsCaused")).isEmpty();
        assertThat(reviewed.get("lessons").asText()).isEqualTo("Snapshot first, as planned");
        assertThat(events.get(events.size() - 1).get("data")).isEmpty();
    }

    /** A Shanghai local time as the history writes it: an ISO-8601 instant in UTC. */
    private static String instant(String local) {
        return OffsetDateTime.parse(at(local)).toInstant().toString();
    }

    @Test
    void aNormalChangeInTheHisOutpatientBlackoutIsRefusedWithItsPathInBothLanguagesAndAnEmergencyOverridesIt() {
        JsonNode approved = desk.approved(raising("NORMAL", "2026-03-03T09:00", "2026-03-03T10:00", desk.hisServer(1)));
        ObjectNode inThePeak = object().put("windowStart", at("2026-03-03T09:00")).put("windowEnd", at("2026-03-03T10:00"));

        JsonNode english = Problems.refused(api, 409, "change.schedule-conflicts",
                () -> desk.attempt(CHANGE_MANAGER_LIN, approved, "schedule", inThePeak));
        JsonNode chinese = Problems.refused(api, 409, "change.schedule-conflicts", () -> api.post(
                ChangeDeskHttp.path(approved) + "/schedule").as(CHANGE_MANAGER_LIN).header("Accept-Language", "zh-CN")
                .header("If-Match", ChangeDeskHttp.etag(approved)).json(inThePeak).send());

        JsonNode conflict = english.at("/conflicts/0");
        assertThat(english.get("conflicts")).hasSize(1);
        assertThat(conflict.get("kind").asText()).isEqualTo("BLACKOUT");
        assertThat(conflict.get("window").asText()).isEqualTo(ChangeDeskHttp.BLACKOUT);
        assertThat(conflict.get("path")).extracting(JsonNode::asText).startsWith(id(desk.hisServer(1)))
                .endsWith(id(desk.estate.outpatientRegistration()));
        assertThat(english.get("detail").asText()).contains(approved.get("number").asText(), ChangeDeskHttp.BLACKOUT);
        assertThat(chinese.get("detail").asText()).contains("封锁窗口", ChangeDeskHttp.BLACKOUT);
        assertThat(chinese.get("conflicts")).isEqualTo(english.get("conflicts"));
        assertThat(desk.read(CHANGE_MANAGER_LIN, approved).get("status").asText()).isEqualTo("APPROVED");

        JsonNode emergency = desk.approved(raising("EMERGENCY", "2026-03-03T09:00", "2026-03-03T10:00",
                desk.hisServer(2)));
        assertThat(emergency.at("/approval/board").asText()).isEqualTo("ecab");
        Problems.refused(api, 409, "change.schedule-conflicts",
                () -> desk.attempt(CHANGE_MANAGER_LIN, emergency, "schedule", inThePeak.deepCopy()));
        JsonNode overridden = desk.step(CHANGE_MANAGER_LIN, emergency, "schedule", inThePeak.deepCopy()
                .put("conflictOverride", "Ransomware exploiting the unpatched HIS node"));
        assertThat(overridden.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(overridden.get("conflictOverride").asText()).startsWith("Ransomware");
        JsonNode events = api.get(ChangeDeskHttp.path(overridden) + "/history").as(CHANGE_MANAGER_LIN).send().json()
                .get("events");
        JsonNode board = events.findParents("type").stream()
                .filter(e -> e.get("type").asText().equals("change.approval-requested")).findFirst().orElseThrow();
        assertThat(board.at("/data/board").asText()).isEqualTo("ecab");
        assertThat(board.at("/data/emergency").asBoolean()).isTrue();
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("change.scheduled");
        assertThat(last.at("/data/conflictOverride").asText()).isEqualTo("Ransomware exploiting the unpatched HIS node");
    }

    @Test
    void twoChangesTakingDownBothPacsServersAtOnceAreRefusedAsACombinedOutage() {
        JsonNode first = desk.scheduled(raising("NORMAL", "2026-03-04T02:00", "2026-03-04T04:00", desk.pacsServer(1)));
        JsonNode second = desk.approved(raising("NORMAL", "2026-03-04T03:00", "2026-03-04T05:00", desk.pacsServer(2)));

        JsonNode refused = Problems.refused(api, 409, "change.schedule-conflicts", () -> desk.attempt(
                CHANGE_MANAGER_LIN, second, "schedule", object().put("windowStart", at("2026-03-04T03:00"))
                        .put("windowEnd", at("2026-03-04T05:00"))));

        JsonNode conflict = refused.at("/conflicts/0");
        assertThat(conflict.get("kind").asText()).isEqualTo("COMBINED_OUTAGE");
        assertThat(conflict.get("changes")).extracting(c -> c.get("number").asText())
                .containsExactly(first.get("number").asText(), second.get("number").asText());
        assertThat(conflict.get("services")).extracting(JsonNode::asText).contains(id(desk.estate.imaging()));
        assertThat(conflict.get("servicePaths")).isNotEmpty();
        assertThat(refused.get("detail").asText()).contains(first.get("number").asText());
        JsonNode later = desk.step(CHANGE_MANAGER_LIN, second, "schedule", object()
                .put("windowStart", at("2026-03-04T04:00")).put("windowEnd", at("2026-03-04T06:00")));
        assertThat(later.get("status").asText()).isEqualTo("SCHEDULED");
    }

    @Test
    void aVoteByANonMemberOrASecondVoteIsRefusedInBothLanguagesAndChangesNothing() {
        JsonNode before = desk.beforeTheBoard(desk.raise(raising("NORMAL", "2026-03-04T02:00", "2026-03-04T04:00",
                desk.hisServer(1))));
        JsonNode voted = desk.step(DIRECTOR_GAO, before, "vote", object().put("choice", "APPROVE").put("comment", "ok"));

        JsonNode english = Problems.refused(api, 422, "change.cab.not-a-member", () -> desk.attempt(LEAD_SUN, voted,
                "vote", object().put("choice", "APPROVE")));
        JsonNode chinese = Problems.refused(api, 422, "change.cab.not-a-member", () -> api.post(
                ChangeDeskHttp.path(voted) + "/vote").as(LEAD_SUN).header("Accept-Language", "zh-CN")
                .header("If-Match", ChangeDeskHttp.etag(voted)).json(object().put("choice", "APPROVE")).send());
        Problems.refused(api, 409, "change.cab.already-voted", () -> desk.attempt(DIRECTOR_GAO, voted, "vote",
                object().put("choice", "REJECT").put("comment", "changed my mind")));

        assertThat(english.get("detail").asText()).containsPattern("[a-z]");
        assertThat(chinese.get("detail").asText()).containsPattern("\\p{IsHan}");
        assertThat(desk.read(CHANGE_MANAGER_LIN, voted).get("version")).isEqualTo(voted.get("version"));
        Problems.refused(api, 412, "change.version-conflict", () -> desk.attempt(CHANGE_MANAGER_LIN, before, "cancel",
                object().put("reason", "Duplicate")));
        JsonNode illegal = Problems.refused(api, 409, "workflow.illegal-transition",
                () -> desk.attempt(SPECIALIST_HUANG, voted, "start", null));
        assertThat(illegal.get("allowedActions")).extracting(JsonNode::asText).contains("vote");
    }

    @Test
    void aChangeWithoutItemsOrWithAWindowEndingBeforeItStartsIsRefusedNamingTheField() {
        ObjectNode withoutItems = raising("NORMAL", "2026-03-04T02:00", "2026-03-04T04:00");
        JsonNode english = Problems.refused(api, 400, "request.invalid",
                () -> api.post("/api/v1/changes").as(SPECIALIST_HUANG).json(withoutItems).send());
        JsonNode chinese = Problems.refused(api, 400, "request.invalid", () -> api.post("/api/v1/changes")
                .as(SPECIALIST_HUANG).header("Accept-Language", "zh-CN").json(withoutItems).send());
        assertThat(Problems.fields(english)).containsExactly("touchedCis");
        assertThat(chinese.at("/errors/0/message").asText()).containsPattern("\\p{IsHan}");

        ObjectNode backwards = raising("NORMAL", "2026-03-04T04:00", "2026-03-04T02:00", desk.hisServer(1));
        JsonNode window = Problems.refused(api, 422, "change.window-ends-before-start",
                () -> api.post("/api/v1/changes").as(SPECIALIST_HUANG).json(backwards).send());
        JsonNode windowZh = Problems.refused(api, 422, "change.window-ends-before-start", () -> api.post(
                "/api/v1/changes").as(SPECIALIST_HUANG).header("Accept-Language", "zh-CN").json(backwards).send());
        assertThat(window.get("detail").asText()).contains("window");
        assertThat(windowZh.get("detail").asText()).containsPattern("\\p{IsHan}");
        JsonNode malformed = Problems.refused(api, 400, "request.invalid", () -> api.post("/api/v1/changes")
                .as(SPECIALIST_HUANG).json(raising("NORMAL", "2026-03-04T01:00", "2026-03-04T02:00", desk.hisServer(1))
                        .put("windowStart", "tomorrow")).send());
        assertThat(Problems.fields(malformed)).containsExactly("windowStart");
        assertThat(api.get("/api/v1/changes").as(CHANGE_MANAGER_LIN).send().json().get("items")).isEmpty();
    }

    @Test
    void theDeskReadsChangesButMayNotRaiseOrWorkThem() {
        JsonNode change = desk.raise(raising("NORMAL", "2026-03-04T02:00", "2026-03-04T04:00", desk.hisServer(1)));

        assertThat(desk.read(AGENT_CHEN, change).get("number")).isEqualTo(change.get("number"));
        Problems.refused(api, 403, "access.denied", () -> api.post("/api/v1/changes").as(AGENT_CHEN)
                .json(raising("NORMAL", "2026-03-04T02:00", "2026-03-04T04:00", desk.hisServer(1))).send());
        Problems.refused(api, 403, "access.denied", () -> desk.attempt(AGENT_CHEN, change, "submit", null));
        ObjectNode window = object().put("name", "x").put("kind", "BLACKOUT");
        window.putArray("attachedTo").add(id(desk.hisServer(1)));
        window.set("weekly", ChangeDeskHttp.weekdays("01:00", "02:00"));
        Problems.refused(api, 403, "access.denied", () -> api.put("/api/v1/blackout-windows/x").as(AGENT_CHEN)
                .json(window).send());
        List<String> paths = new ArrayList<>(List.of("/api/v1/change-templates", "/api/v1/cab",
                "/api/v1/blackout-windows", "/api/v1/change-schedule"));
        for (String path : paths) {
            assertThat(api.get(path).as(AGENT_CHEN).send().status()).as(path).isEqualTo(200);
        }
    }
}
