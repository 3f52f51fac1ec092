package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.itilhis.core.change.Change;
import org.itilhis.core.change.ChangeDetails;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ChangeNumber;
import org.itilhis.core.change.ChangePlans;
import org.itilhis.core.change.ChangeRequest;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.change.PlannedWindow;
import org.itilhis.core.change.RiskLevel;
import org.itilhis.core.change.WeeklyWindow;
import org.itilhis.core.cmdb.CiEvent;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.CiStatus;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.ports.configuration.in.CiData;
import org.itilhis.ports.configuration.in.CmdbCommand;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Release management over HTTP: release manager Xu plans HIS 5.3.2, takes it through its
 * stages, deploys it to the ward's HIS client (whose version in the CMDB changes, its history
 * naming the release), is refused the hospital-wide go while a bundled change is a draft, and
 * rolls back; with the API's conventions (idempotent planning, If-Match, cursor pages, 404 for
 * whoever may not see releases, problem+json naming the field).
 */
class ReleaseHttpTest {
    static final Actor RELEASE_MANAGER_XU = DemoHospital.RELEASE_MANAGER_XU;
    private static final ChangeTemplate HIS_CLIENT_UPDATE = new ChangeTemplate("his-client-update",
            "Update HIS clients", ImmutableSet.of("his"), ImmutableSet.of(), ImmutableList.of(WeeklyWindow.weekdays(
            LocalTime.of(21, 0), LocalTime.of(23, 30))), ZoneId.of("Asia/Shanghai"), RiskLevel.LOW);
    private static final PlannedWindow THURSDAY_NIGHT = PlannedWindow.of(Instant.parse("2026-03-05T14:00:00Z"),
            Instant.parse("2026-03-05T15:00:00Z"));
    private static final Instant BEFORE = Instant.parse("2026-03-01T00:00:00Z");
    private static final StaffId CHANGE_MANAGER = DemoHospital.CHANGE_MANAGER_LIN.staffId();
    private static RunningApi api;
    private static long changes;
    private static int items;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aReleaseIsPlannedOnceStagedDeployedToTheCmdbAndRolledBack() {
        CiId client = hisItem("5.3.1");
        ChangeId fix = change(client, true);
        ChangeId draft = change(client, false);
        ObjectNode body = plan("HIS 5.3.2", fix, draft);

        RunningApi.Reply planned = api.post("/api/v1/releases").as(RELEASE_MANAGER_XU)
                .header("Idempotency-Key", "his-532").json(body).send();
        RunningApi.Reply retry = api.post("/api/v1/releases").as(RELEASE_MANAGER_XU)
                .header("Idempotency-Key", "his-532").json(body).send();

        assertThat(planned.status()).as("%s", planned).isEqualTo(201);
        assertThat(retry.json().get("id")).isEqualTo(planned.json().get("id"));
        JsonNode release = planned.json();
        String id = release.get("id").asText();
        assertThat(release.get("number").asText()).startsWith("REL-2026-");
        assertThat(names(release.get("stages"), "name")).containsExactly("build", "test", "pilot-ward",
                "hospital-wide");
        assertThat(texts(release.get("allowedActions"))).contains("start", "bundle-change", "cancel");

        String etag = step(id, planned.etag(), "start", null).etag();
        for (String stage : List.of("build", "test", "pilot-ward")) {
            etag = step(id, etag, "go", RunningApi.object().put("stage", stage).put("reason", stage + " passed"))
                    .etag();
        }
        ObjectNode deploy = RunningApi.object().put("stage", "pilot-ward").put("version", "5.3.2");
        deploy.putArray("cis").add(client.toString());
        RunningApi.Reply deployed = step(id, etag, "deploy", deploy);

        assertThat(deployed.json().at("/deployments/0/previousVersion").asText()).isEqualTo("5.3.1");
        assertThat(versionOf(client)).contains("5.3.2");
        assertThat(notes(client)).last().asString().startsWith(release.get("number").asText() + " (HIS 5.3.2) deployed");

        JsonNode refused = Problems.refused(api, 409, "release.unapproved-changes", () -> api.post(
                "/api/v1/releases/" + id + "/go").as(RELEASE_MANAGER_XU).header("If-Match", deployed.etag())
                .json(RunningApi.object().put("stage", "hospital-wide").put("reason", "the pilot held")).send());
        assertThat(refused.get("detail").asText()).contains(numberOf(draft)).doesNotContain(numberOf(fix));

        RunningApi.Reply rolledBack = step(id, deployed.etag(), "roll-back",
                RunningApi.object().put("reason", "prescriptions lose their dosage unit"));
        assertThat(rolledBack.json().get("status").asText()).isEqualTo("ROLLED_BACK");
        assertThat(rolledBack.json().at("/rollback/restorations/0/restoredVersion").asText()).isEqualTo("5.3.1");
        assertThat(versionOf(client)).contains("5.3.1");

        RunningApi.Reply history = api.get("/api/v1/releases/" + release.get("number").asText() + "/history")
                .as(DIRECTOR_GAO).send();
        assertThat(history.status()).isEqualTo(200);
        assertThat(texts(history.json().get("events"), "type")).containsExactly("release.planned", "release.started",
                "release.go-given", "release.go-given", "release.go-given", "release.deployed",
                "release.rolled-back");
        JsonNode deployedEvent = history.json().get("events").get(5).get("data");
        assertThat(deployedEvent.get("version").asText()).isNotEqualTo("5.3.1");
        assertThat(deployedEvent.get("previousVersion").asText()).isEqualTo("5.3.1");
        assertThat(deployedEvent.get("ci").asText()).isNotBlank();
        assertThat(history.json().get("events").get(6).at("/data/reason").asText())
                .isEqualTo("prescriptions lose their dosage unit");
        assertThat(history.json().get("events").get(6).at("/data/restorations/0/restoredVersion").asText())
                .isEqualTo("5.3.1");
    }

    @Test
    void searchPagesByNumberAndFiltersByStatusChangeAndText() {
        ChangeId pacs = change(hisItem("8.0"), true);
        api.post("/api/v1/releases").as(RELEASE_MANAGER_XU).json(plan("PACS 8.1", pacs)).send();
        api.post("/api/v1/releases").as(RELEASE_MANAGER_XU).json(plan("PACS 8.2", pacs)).send();

        RunningApi.Reply first = api.get("/api/v1/releases?change=" + pacs + "&limit=1").as(RELEASE_MANAGER_XU)
                .send();
        RunningApi.Reply second = api.get("/api/v1/releases?change=" + pacs + "&limit=1&cursor="
                + first.json().get("next").asText()).as(RELEASE_MANAGER_XU).send();
        RunningApi.Reply byText = api.get("/api/v1/releases?status=PLANNED&q=pacs%208.2").as(RELEASE_MANAGER_XU)
                .send();

        assertThat(texts(first.json().get("items"), "releaseVersion")).containsExactly("PACS 8.1");
        assertThat(texts(second.json().get("items"), "releaseVersion")).containsExactly("PACS 8.2");
        assertThat(second.json().has("next")).isFalse();
        assertThat(texts(byText.json().get("items"), "releaseVersion")).containsExactly("PACS 8.2");
        assertThat(api.get("/api/v1/releases").as(NURSE_WANG).send().json().get("items")).isEmpty();
    }

    @Test
    void refusalsNameTheFieldOrTheRuleAndChangeNothing() {
        ObjectNode bad = plan(" ");
        bad.putArray("stages").add("Build").add("test");
        JsonNode invalid = Problems.refused(api, 400, "request.invalid",
                () -> api.post("/api/v1/releases").as(RELEASE_MANAGER_XU).json(bad).send());
        assertThat(Problems.fields(invalid)).contains("version").anyMatch(field -> field.startsWith("stages"));
        JsonNode chinese = Problems.refused(api, 400, "request.invalid", () -> api.post("/api/v1/releases")
                .as(RELEASE_MANAGER_XU).header("Accept-Language", "zh-CN").json(bad).send());
        assertThat(chinese.get("errors").toString()).doesNotContain("must");

        Problems.refused(api, 404, "change.not-found", () -> api.post("/api/v1/releases").as(RELEASE_MANAGER_XU)
                .json(plan("HIS 5.4", new ChangeId(UUID.randomUUID()))).send());
        Problems.refused(api, 403, "access.denied",
                () -> api.post("/api/v1/releases").as(DIRECTOR_GAO).json(plan("HIS 5.4")).send());

        RunningApi.Reply planned = api.post("/api/v1/releases").as(RELEASE_MANAGER_XU).json(plan("HIS 5.4"))
                .send();
        String id = planned.json().get("id").asText();
        Problems.refused(api, 404, "release.not-found",
                () -> api.get("/api/v1/releases/" + id).as(NURSE_WANG).send());
        Problems.refused(api, 404, "release.not-found",
                () -> api.get("/api/v1/releases/REL-2026-999999").as(RELEASE_MANAGER_XU).send());
        Problems.refused(api, 412, "release.version-conflict", () -> api.post("/api/v1/releases/" + id + "/cancel")
                .as(RELEASE_MANAGER_XU).header("If-Match", "\"99\"")
                .json(RunningApi.object().put("reason", "stale")).send());
        Problems.refused(api, 409, "workflow.guard-failed", () -> api.post("/api/v1/releases/" + id + "/start")
                .as(RELEASE_MANAGER_XU).header("If-Match", planned.etag()).send());
        Problems.refused(api, 403, "access.denied", () -> api.post("/api/v1/releases/" + id + "/cancel")
                .as(DIRECTOR_GAO).header("If-Match", planned.etag())
                .json(RunningApi.object().put("reason", "not mine")).send());
    }

    private static RunningApi.Reply step(String id, String etag, String step, ObjectNode body) {
        RunningApi.Call call = api.post("/api/v1/releases/" + id + "/" + step).as(RELEASE_MANAGER_XU)
                .header("If-Match", etag);
        RunningApi.Reply reply = (body == null ? call : call.json(body)).send();
        assertThat(reply.status()).as("%s %s", step, reply).isEqualTo(200);
        return reply;
    }

    private static ObjectNode plan(String version, ChangeId... bundled) {
        ObjectNode body = RunningApi.object().put("version", version).put("summary", "门诊处方修复")
                .put("manager", RELEASE_MANAGER_XU.staffId().value());
        var list = body.putArray("changes");
        for (ChangeId change : bundled) {
            list.add(change.toString());
        }
        return body;
    }

    /** A standard change on {@code ci}, approved by its template or left a draft, in change management's store. */
    private static ChangeId change(CiId ci, boolean approved) {
        changes++;
        Change change = Change.raiseStandard(new ChangeId(new UUID(0x4EL, changes)), ChangeNumber.of(2026, 700 + changes),
                HIS_CLIENT_UPDATE, ChangeRequest.of(ChangeDetails.of("HIS client patch", "门诊客户端补丁"),
                        ChangePlans.of("install", "uninstall", "register a patient"), Set.of(ci), THURSDAY_NIGHT,
                        ExpectedOutage.none(), CHANGE_MANAGER, DemoHospital.HIS_SUPPORT, CHANGE_MANAGER),
                Map.of(ci, "his"), CHANGE_MANAGER, BEFORE);
        if (approved) {
            change.submitStandard(CHANGE_MANAGER, BEFORE);
        }
        api.desk.transactions.inTransaction(() -> {
            api.desk.changeStore.save(change);
            return null;
        });
        return change.id();
    }

    private static String numberOf(ChangeId change) {
        return api.desk.changeStore.find(change).orElseThrow().number().toString();
    }

    private static CiId hisItem(String version) {
        items++;
        Map<String, String> attributes = new HashMap<>(Map.of("version", version));
        return api.desk.cmdb.items().handle(new CmdbCommand.RegisterCi(CONFIG_MANAGER_QIAN, "his",
                new CiData("REL-HIS-" + items, "HIS outpatient client " + items, null, null, null, null, null, "it",
                        "his-second-line", ServiceCriticality.CLINICAL_CRITICAL, null, null, attributes),
                CiStatus.IN_USE)).item().id();
    }

    private static Optional<String> versionOf(CiId ci) {
        return api.desk.configurationItems.find(ci).orElseThrow().snapshot().details().attribute("version");
    }

    private static List<String> notes(CiId ci) {
        return api.desk.events.history(ci.toString()).stream().filter(CiEvent.DetailsChanged.class::isInstance)
                .map(e -> ((CiEvent.DetailsChanged) e).note().orElse("")).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }

    private static List<String> names(JsonNode array, String field) {
        return texts(array, field);
    }
}
