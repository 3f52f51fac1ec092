package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.Problems.fields;
import static org.itilhis.adapters.rest.Problems.refused;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Impact analysis over HTTP on a small imaging estate: the imaging service (clinical-critical,
 * owned by radiology) uses the PACS, which runs on a server; an incident on the PACS is open.
 */
class ImpactHttpTest {
    private static RunningApi api;
    private static JsonNode server;
    private static JsonNode pacs;
    private static JsonNode imaging;
    private static JsonNode incident;

    @BeforeAll
    static void buildTheEstate() {
        api = RunningApi.start();
        Estate estate = new Estate(api);
        server = estate.register(estate.server("SRV-PACS", "pacs-app-01", "10.2.0.11"));
        pacs = estate.register(Estate.item("pacs", estate.tag("PACS"), "PACS", "CLINICAL_CRITICAL")
                .put("owningDepartment", "radiology"));
        ObjectNode service = Estate.item("imaging", estate.tag("SVC-IMAGING"), "Imaging", "CLINICAL_CRITICAL")
                .put("owningDepartment", "radiology");
        service.putObject("attributes").put("serviceHours", "24x7");
        imaging = estate.register(service);
        estate.relate(pacs, "RUNS_ON", server);
        estate.relate(imaging, "USES", pacs);
        incident = new Desk(api).raise(new Desk(api).logContact(Desk.contact(NURSE_WANG, "ward-5-east",
                "Images do not load")).get("id").asText(), Desk.incident("PACS viewer slow", "pacs", "ONE_DEPARTMENT",
                "DEGRADED"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aServerFailureReachesTheClinicalCriticalImagingServiceWithPathsDepartmentsAndTheOpenIncident() {
        RunningApi.Reply linked = api.post("/api/v1/tickets/" + incident.get("id").asText() + "/affected-cis")
                .as(AGENT_CHEN).json(cis("cis", pacs)).send();
        assertThat(linked.status()).as("%s", linked).isEqualTo(200);

        RunningApi.Reply reply = api.post("/api/v1/impact").as(AGENT_CHEN).json(cis("failed", server)).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode impact = reply.json();

        assertThat(impact.at("/failed/0/assetTag").asText()).isEqualTo(server.get("assetTag").asText());
        assertThat(texts(impact.get("affected"), "assetTag")).containsExactly(tag(server), tag(pacs), tag(imaging));
        JsonNode service = impact.at("/affected/2");
        assertThat(service.get("state").asText()).isEqualTo("DOWN");
        assertThat(service.get("clinicalCritical").asBoolean()).isTrue();
        assertThat(service.get("businessService").asBoolean()).isTrue();
        assertThat(service.get("owningDepartment").asText()).isEqualTo("radiology");
        assertThat(service.at("/path/assetTags")).extracting(JsonNode::asText)
                .containsExactly(tag(server), tag(pacs), tag(imaging));
        assertThat(texts(service.at("/path/relationships"), "type")).containsExactly("RUNS_ON", "USES");
        assertThat(service.at("/path/relationships/0/fromAssetTag").asText()).isEqualTo(tag(pacs));
        assertThat(service.at("/path/relationships/0/toAssetTag").asText()).isEqualTo(tag(server));

        assertThat(texts(impact.get("clinicalCriticalServices"), "assetTag")).containsExactly(tag(imaging));
        assertThat(texts(impact.get("businessServices"), "assetTag")).containsExactly(tag(imaging));
        assertThat(impact.get("departments")).anySatisfy(department -> {
            assertThat(department.get("department").asText()).isEqualTo("radiology");
            assertThat(department.get("assetTags")).extracting(JsonNode::asText).containsExactly(tag(pacs), tag(imaging));
        });
        assertThat(texts(impact.get("openTickets"), "number")).containsExactly(incident.get("number").asText());
        assertThat(impact.at("/openTickets/0/ci").asText()).isEqualTo(pacs.get("id").asText());
        assertThat(impact.get("highestServiceCriticality").asText()).isEqualTo("CLINICAL_CRITICAL");
    }

    @Test
    void aPagedImpactGivesTheSummaryOfEveryAffectedItemAndPagesToTheLastWithCursors() {
        JsonNode whole = api.post("/api/v1/impact").as(AGENT_CHEN).json(cis("failed", server)).send().json();
        assertThat(whole.at("/summary/affected").asInt()).isEqualTo(3);
        assertThat(whole.at("/summary/down").asInt()).isEqualTo(3);
        assertThat(whole.at("/summary/degraded").asInt()).isZero();
        assertThat(whole.at("/summary/businessServices").asInt()).isEqualTo(1);
        assertThat(whole.at("/summary/clinicalCriticalServices").asInt()).isEqualTo(1);
        assertThat(whole.at("/summary/departments").asInt()).isEqualTo(whole.get("departments").size());
        assertThat(whole.has("next")).as("a whole answer has no next page").isFalse();

        RunningApi.Reply first = api.post("/api/v1/impact?limit=2").as(AGENT_CHEN).json(cis("failed", server)).send();
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        JsonNode page = first.json();
        assertThat(texts(page.get("affected"), "assetTag")).containsExactly(tag(server), tag(pacs));
        assertThat(page.get("summary")).isEqualTo(whole.get("summary"));
        assertThat(texts(page.get("clinicalCriticalServices"), "assetTag")).containsExactly(tag(imaging));
        assertThat(page.get("highestServiceCriticality").asText()).isEqualTo("CLINICAL_CRITICAL");
        assertThat(page.get("departments")).anySatisfy(department -> {
            assertThat(department.get("department").asText()).isEqualTo("radiology");
            assertThat(department.get("assetTags")).extracting(JsonNode::asText).containsExactly(tag(pacs));
        });

        JsonNode last = api.post("/api/v1/impact?limit=2&cursor=" + page.get("next").asText()).as(AGENT_CHEN)
                .json(cis("failed", server)).send().json();
        assertThat(texts(last.get("affected"), "assetTag")).containsExactly(tag(imaging));
        assertThat(last.has("next")).isFalse();
        JsonNode byCursorAlone = api.post("/api/v1/impact?cursor=" + page.get("next").asText()).as(AGENT_CHEN)
                .json(cis("failed", server)).send().json();
        assertThat(byCursorAlone.get("affected")).isEqualTo(last.get("affected"));
    }

    @Test
    void aPageSizeOrCursorTheServerDidNotIssueIsRefusedNamingTheParameter() {
        for (String limit : List.of("0", "1001", "many")) {
            assertThat(fields(refused(api, 400, "request.invalid", () -> api.post("/api/v1/impact?limit=" + limit)
                    .as(AGENT_CHEN).json(cis("failed", server)).send()))).containsExactly("limit");
        }
        assertThat(fields(refused(api, 400, "request.invalid", () -> api.post("/api/v1/impact?cursor=bm90LWEtY3Vyc29y")
                .as(AGENT_CHEN).json(cis("failed", server)).send()))).containsExactly("cursor");
        refused(api, 403, "access.denied", () -> api.post("/api/v1/impact?limit=10").as(NURSE_WANG)
                .json(cis("failed", server)).send());
    }

    @Test
    void theItemsATicketAffectsAreReadByTicketNumberAndRecordingTwiceChangesNothing() {
        api.post("/api/v1/tickets/" + incident.get("id").asText() + "/affected-cis").as(AGENT_CHEN)
                .json(cis("cis", pacs)).send();
        int events = api.eventCount();
        RunningApi.Reply again = api.post("/api/v1/tickets/" + incident.get("number").asText() + "/affected-cis")
                .as(AGENT_CHEN).json(cis("cis", pacs)).send();
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(api.eventCount()).isEqualTo(events);

        JsonNode affected = api.get("/api/v1/tickets/" + incident.get("number").asText() + "/affected-cis")
                .as(AGENT_CHEN).send().json();
        assertThat(affected.get("number").asText()).isEqualTo(incident.get("number").asText());
        assertThat(texts(affected.get("cis"), "assetTag")).containsExactly(tag(pacs));

        JsonNode open = api.get(Estate.path(pacs) + "/open-tickets").as(AGENT_CHEN).send().json();
        assertThat(texts(open.get("items"), "number")).containsExactly(incident.get("number").asText());
        assertThat(open.at("/items/0/status").asText()).isNotBlank();
        assertThat(api.get(Estate.path(server) + "/open-tickets").as(AGENT_CHEN).send().json().get("items")).isEmpty();
    }

    @Test
    void theCandidateCausesOfAFailingServiceAreWhatItNeedsNearestFirst() {
        JsonNode causes = api.get(Estate.path(imaging) + "/candidate-causes").as(AGENT_CHEN).send().json()
                .get("causes");
        List<String> tags = new ArrayList<>();
        causes.forEach(cause -> tags.add(cause.at("/cause/assetTag").asText()));
        assertThat(tags).containsExactly(tag(pacs), tag(server));
        assertThat(causes.at("/1/path/assetTags")).extracting(JsonNode::asText)
                .containsExactly(tag(imaging), tag(pacs), tag(server));
        assertThat(api.get(Estate.path(imaging) + "/candidate-causes?limit=1").as(AGENT_CHEN).send().json()
                .get("causes")).hasSize(1);
    }

    @Test
    void anImpactQuestionNamesItemsThatExist() {
        ObjectNode none = RunningApi.object();
        none.putArray("failed");
        JsonNode empty = refused(api, 400, "request.invalid", () -> api.post("/api/v1/impact").as(AGENT_CHEN)
                .json(none).send());
        assertThat(fields(empty)).containsExactly("failed");
        ObjectNode malformed = RunningApi.object();
        malformed.putArray("failed").add("not-an-id");
        assertThat(fields(refused(api, 400, "request.invalid", () -> api.post("/api/v1/impact").as(AGENT_CHEN)
                .json(malformed).send()))).containsExactly("failed[0]");
        ObjectNode unknown = RunningApi.object();
        unknown.putArray("failed").add(UUID.randomUUID().toString());
        refused(api, 404, "cmdb.ci-not-found", () -> api.post("/api/v1/impact").as(AGENT_CHEN).json(unknown).send());
        refused(api, 403, "access.denied", () -> api.post("/api/v1/impact").as(NURSE_WANG).json(cis("failed", server))
                .send());
        refused(api, 404, "ticket.not-found", () -> api.post("/api/v1/tickets/" + UUID.randomUUID() + "/affected-cis")
                .as(AGENT_CHEN).json(cis("cis", pacs)).send());
    }

    private static ObjectNode cis(String field, JsonNode... items) {
        ObjectNode body = RunningApi.object();
        for (JsonNode item : items) {
            body.withArray(field).add(item.get("id").asText());
        }
        return body;
    }

    private static String tag(JsonNode item) {
        return item.get("assetTag").asText();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.get(field).asText()));
        return texts;
    }
}
