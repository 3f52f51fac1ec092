package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.Problems.fields;
import static org.itilhis.adapters.rest.Problems.refused;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Configuration items over HTTP: registration, reading and updating under {@code ETag} and
 * {@code If-Match}, validation in English and Chinese, the desk's lookup, lifecycle steps,
 * relationships, redundancy, history and permissions.
 */
class CiHttpTest {
    private static RunningApi api;
    private static Estate estate;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        estate = new Estate(api);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aRegisteredItemCarriesItsVersionAsETagAndOnlyTheCurrentVersionMayChangeIt() {
        RunningApi.Reply created = api.post("/api/v1/cis").as(CONFIG_MANAGER_QIAN)
                .json(estate.server("SRV-ETAG", "etag-01", "10.9.0.1")).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode item = created.json();
        assertThat(created.header("Location")).endsWith("/api/v1/cis/" + item.get("id").asText());
        assertThat(created.etag()).isEqualTo("\"1\"");
        assertThat(item.get("classCode").asText()).isEqualTo("server");
        assertThat(item.get("status").asText()).isEqualTo("IN_USE");
        assertThat(item.at("/attributes/hostname").asText()).isEqualTo("etag-01");

        RunningApi.Reply read = api.get(Estate.path(item)).as(AGENT_CHEN).send();
        assertThat(read.etag()).isEqualTo("\"1\"");
        assertThat(api.get(Estate.path(item)).as(AGENT_CHEN).header("If-None-Match", "\"1\"").send().status())
                .isEqualTo(304);

        ObjectNode renamed = update(read.json(), "Imaging archive server");
        RunningApi.Reply changed = api.put(Estate.path(item)).as(CONFIG_MANAGER_QIAN).header("If-Match", "\"1\"")
                .json(renamed).send();
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"2\"");
        assertThat(changed.json().get("name").asText()).isEqualTo("Imaging archive server");

        refused(api, 412, "ci.version-conflict", () -> api.put(Estate.path(item)).as(CONFIG_MANAGER_QIAN)
                .header("If-Match", "\"1\"").json(update(read.json(), "A stale rename")).send());
        refused(api, 428, "request.precondition-required", () -> api.put(Estate.path(item)).as(CONFIG_MANAGER_QIAN)
                .json(update(read.json(), "No precondition")).send());
        assertThat(estate.read(item).get("name").asText()).isEqualTo("Imaging archive server");
    }

    @Test
    void attributesThatDoNotFitTheClassAreNamedOneByOneInEnglishAndChinese() {
        ObjectNode server = Estate.item("server", estate.tag("SRV-BAD"), "Bad server", "IMPORTANT");
        server.putObject("attributes").put("ipAddress", "999.1.1.1").put("cpuCores", "lots").put("colour", "red");

        JsonNode english = refused(api, 422, "cmdb.invalid-attributes", () -> api.post("/api/v1/cis")
                .as(CONFIG_MANAGER_QIAN).json(server).send());
        assertThat(fields(english)).containsExactlyInAnyOrder("attributes.hostname", "attributes.ipAddress",
                "attributes.cpuCores", "attributes.colour");
        assertThat(message(english, "attributes.ipAddress")).isEqualTo("not an IPv4 or IPv6 address");
        assertThat(message(english, "attributes.hostname")).isEqualTo("required but missing");

        JsonNode chinese = refused(api, 422, "cmdb.invalid-attributes", () -> api.post("/api/v1/cis")
                .as(CONFIG_MANAGER_QIAN).header("Accept-Language", "zh-CN").json(server).send());
        assertThat(message(chinese, "attributes.ipAddress")).isEqualTo("不是IPv4或IPv6地址");
        assertThat(message(chinese, "attributes.hostname")).isEqualTo("必填但未填写");
    }

    @Test
    void malformedRequestsNameEveryFieldInTheReadersLanguage() {
        ObjectNode bad = RunningApi.object().put("classCode", "spaceship").put("assetTag", "SRV 01")
                .put("criticality", "GENERAL");
        bad.putObject("attributes").put("hostname", "h".repeat(1001));

        JsonNode english = refused(api, 400, "request.invalid", () -> api.post("/api/v1/cis").as(CONFIG_MANAGER_QIAN)
                .json(bad).send());
        assertThat(fields(english)).containsExactly("assetTag", "attributes.hostname", "classCode", "name");
        assertThat(message(english, "assetTag")).contains("asset tag without blanks");
        assertThat(message(english, "classCode")).contains("must be one of").contains("server");

        JsonNode chinese = refused(api, 400, "request.invalid", () -> api.post("/api/v1/cis").as(CONFIG_MANAGER_QIAN)
                .header("Accept-Language", "zh-CN").json(bad).send());
        assertThat(fields(chinese)).containsExactly("assetTag", "attributes.hostname", "classCode", "name");
        assertThat(message(chinese, "assetTag")).contains("资产标签");
        assertThat(message(chinese, "classCode")).contains("必须是以下之一");
        assertThat(message(chinese, "name")).doesNotContain("must");
    }

    @Test
    void aSecondItemWithTheSameAssetTagIsAConflict() {
        ObjectNode printer = Estate.item("printer", estate.tag("PRN-DUP"), "Ward printer", "GENERAL");
        printer.putObject("attributes").put("printerKind", "laser");
        estate.register(printer);

        refused(api, 409, "cmdb.duplicate-asset-tag", () -> api.post("/api/v1/cis").as(CONFIG_MANAGER_QIAN)
                .json(printer).send());
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyRegistersOnce() {
        ObjectNode server = estate.server("SRV-IDEM", "idem-01", "10.9.0.2");
        RunningApi.Reply first = api.post("/api/v1/cis").as(CONFIG_MANAGER_QIAN).header("Idempotency-Key", "ci-1")
                .json(server).send();
        int events = api.eventCount();
        RunningApi.Reply retry = api.post("/api/v1/cis").as(CONFIG_MANAGER_QIAN).header("Idempotency-Key", "ci-1")
                .json(server).send();

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(api.eventCount()).isEqualTo(events);
    }

    @Test
    void theDeskFindsItemsByHostNameIpAddressAndTheCallersLocation() {
        JsonNode server = estate.register(estate.server("SRV-LOOK", "lookup-his-01", "10.9.1.10"));
        ObjectNode pc = Estate.item("workstation", estate.tag("PC-5E-02"), "Ward 5E nurse station PC 2", "IMPORTANT")
                .put("campus", "East").put("building", "Inpatient 3").put("floor", "5").put("room", "5E-Station")
                .put("owningDepartment", "ward-5-east");
        pc.putObject("attributes").put("hostname", "W5E-NS-02").put("ipAddress", "10.9.5.22");
        JsonNode workstation = estate.register(pc);

        assertThat(ids(api.get("/api/v1/cis?hostname=LOOKUP-HIS-01").as(AGENT_CHEN).send()))
                .containsExactly(server.get("id").asText());
        assertThat(ids(api.get("/api/v1/cis?ipAddress=10.9.5.22").as(AGENT_CHEN).send()))
                .containsExactly(workstation.get("id").asText());
        assertThat(ids(api.get("/api/v1/cis?campus=east&building=Inpatient%203&floor=5").as(AGENT_CHEN).send()))
                .containsExactly(workstation.get("id").asText());
        assertThat(ids(api.get("/api/v1/cis?class=hardware&department=ward-5-east&status=in-use").as(AGENT_CHEN)
                .send())).containsExactly(workstation.get("id").asText());
        assertThat(ids(api.get("/api/v1/cis?ipAddress=10.9.99.99").as(AGENT_CHEN).send())).isEmpty();

        RunningApi.Reply byTag = api.get("/api/v1/cis/by-asset-tag/" + server.get("assetTag").asText()).as(AGENT_CHEN)
                .send();
        assertThat(byTag.json().get("id")).isEqualTo(server.get("id"));
        assertThat(byTag.etag()).isEqualTo("\"1\"");
        refused(api, 404, "cmdb.ci-not-found", () -> api.get("/api/v1/cis/by-asset-tag/NO-SUCH-TAG").as(AGENT_CHEN)
                .send());
        // an asset tag that reads like a step of an item is still looked up as a tag, never as an id
        refused(api, 404, "cmdb.ci-not-found", () -> api.get("/api/v1/cis/by-asset-tag/candidate-causes")
                .as(AGENT_CHEN).send());
        refused(api, 404, "cmdb.ci-not-found", () -> api.get("/api/v1/cis/by-asset-tag/open-tickets")
                .as(AGENT_CHEN).send());
        JsonNode unknownClass = refused(api, 400, "request.invalid", () -> api.get("/api/v1/cis?class=spaceship&limit=0")
                .as(AGENT_CHEN).send());
        assertThat(fields(unknownClass)).containsExactlyInAnyOrder("class", "limit");
    }

    @Test
    void aLookupGivesACursorOnlyWhenMoreItemsMatchThanItsLimit() {
        for (int i = 0; i < 3; i++) {
            ObjectNode printer = Estate.item("printer", estate.tag("PRN-PAGE-" + i), "Clinic printer", "GENERAL")
                    .put("room", "Clinic-Page-Room");
            printer.putObject("attributes").put("printerKind", "label");
            estate.register(printer);
        }
        JsonNode page = api.get("/api/v1/cis?room=clinic-page-room&limit=2").as(AGENT_CHEN).send().json();
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("next").asText()).isNotBlank();
        assertThat(api.get("/api/v1/cis?room=clinic-page-room&limit=3").as(AGENT_CHEN).send().json().has("next"))
                .isFalse();
    }

    @Test
    void aLookupPagedByItsCursorReadsEveryMatchOnceInAssetTagOrder() {
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String tag = estate.tag((i % 2 == 0 ? "PRN-CUR-" : "prn-cur-") + (i % 3 == 0 ? "_" : "-") + i);
            ObjectNode printer = Estate.item("printer", tag, "Ward printer " + i, "GENERAL")
                    .put("room", "Cursor-Room");
            printer.putObject("attributes").put("printerKind", "label");
            estate.register(printer);
            registered.add(tag);
        }
        registered.sort(String::compareTo);

        List<List<String>> pages = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = api.get("/api/v1/cis?room=cursor-room&class=hardware&limit=10"
                    + (next == null ? "" : "&cursor=" + next)).as(AGENT_CHEN).send().json();
            List<String> tags = new ArrayList<>();
            page.get("items").forEach(item -> tags.add(item.get("assetTag").asText()));
            pages.add(tags);
            next = page.has("next") ? page.get("next").asText() : null;
        } while (next != null && pages.size() < 10);

        assertThat(pages).extracting(List::size).containsExactly(10, 10, 5);
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(registered);
    }

    @Test
    void aCursorThisLookupDidNotIssueIsRefusedAs400NamingIt() {
        String ticketCursor = BaseEncoding.base64Url().omitPadding()
                .encode("2|P3|2026-03-02T08:15:30Z|INC-2026-000001".getBytes(StandardCharsets.UTF_8));
        for (String cursor : List.of("not-a-cursor!", ticketCursor, "", "YzF8")) {
            JsonNode problem = refused(api, 400, "request.invalid", () -> api.get("/api/v1/cis?cursor=" + cursor)
                    .as(AGENT_CHEN).send());
            assertThat(fields(problem)).as(cursor).containsExactly("cursor");
        }
        JsonNode both = refused(api, 400, "request.invalid", () -> api.get("/api/v1/cis?cursor=nope!&limit=0")
                .as(AGENT_CHEN).send());
        assertThat(fields(both)).containsExactlyInAnyOrder("limit", "cursor");
    }

    @Test
    void aLifecycleStepIsTakenWhenLegalAndARefusalListsTheAllowedSteps() {
        ObjectNode pc = Estate.item("workstation", estate.tag("PC-LIFE"), "Spare PC", "GENERAL").put("status", "IN_STOCK");
        pc.putObject("attributes").put("hostname", "spare-01");
        JsonNode stocked = estate.register(pc);

        RunningApi.Reply deployed = api.post(Estate.path(stocked) + "/lifecycle").as(CONFIG_MANAGER_QIAN)
                .header("If-Match", Estate.etag(stocked)).json(RunningApi.object().put("action", "deploy")
                        .set("location", RunningApi.object().put("building", "Outpatient").put("room", "Clinic 12")))
                .send();
        assertThat(deployed.status()).as("%s", deployed).isEqualTo(200);
        assertThat(deployed.json().get("status").asText()).isEqualTo("IN_USE");
        assertThat(deployed.json().get("room").asText()).isEqualTo("Clinic 12");
        assertThat(deployed.etag()).isEqualTo("\"2\"");

        JsonNode illegal = refused(api, 409, "workflow.illegal-transition", () -> api.post(Estate.path(stocked)
                + "/lifecycle").as(CONFIG_MANAGER_QIAN).header("If-Match", "\"2\"")
                .json(RunningApi.object().put("action", "dispose").put("note", "scrapped")).send());
        assertThat(illegal.get("allowedActions")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("withdraw", "send-to-repair", "retire");

        refused(api, 422, "workflow.missing-field", () -> api.post(Estate.path(stocked) + "/lifecycle")
                .as(CONFIG_MANAGER_QIAN).header("If-Match", "\"2\"").json(RunningApi.object().put("action", "retire"))
                .send());
        JsonNode unknown = refused(api, 400, "request.invalid", () -> api.post(Estate.path(stocked) + "/lifecycle")
                .as(CONFIG_MANAGER_QIAN).header("If-Match", "\"2\"").json(RunningApi.object().put("action", "explode"))
                .send());
        assertThat(fields(unknown)).containsExactly("action");
    }

    @Test
    void relationshipsAreAddedAndRemovedAsTheRulesAllow() {
        JsonNode server = estate.register(estate.server("SRV-REL", "rel-01", "10.9.2.1"));
        ObjectNode his = Estate.item("his", estate.tag("HIS-REL"), "HIS", "CLINICAL_CRITICAL");
        JsonNode application = estate.register(his);

        JsonNode related = estate.relate(application, "RUNS_ON", server);
        assertThat(related.get("relationships")).hasSize(1);
        assertThat(related.at("/relationships/0/type").asText()).isEqualTo("RUNS_ON");
        assertThat(related.at("/relationships/0/to").asText()).isEqualTo(server.get("id").asText());

        JsonNode notAllowed = refused(api, 422, "cmdb.relationship-not-allowed", () -> estate.attemptRelate(server,
                "runs-on", application));
        assertThat(notAllowed.get("detail").asText()).contains("server", "his");
        JsonNode itself = refused(api, 400, "command.invalid", () -> estate.attemptRelate(application, "RUNS_ON",
                application));
        assertThat(fields(itself)).containsExactly("to");

        RunningApi.Reply removed = api.delete(Estate.path(application) + "/relationships/runs-on/"
                + server.get("id").asText()).as(CONFIG_MANAGER_QIAN).header("If-Match", Estate.etag(related)).send();
        assertThat(removed.status()).as("%s", removed).isEqualTo(200);
        assertThat(removed.json().get("relationships")).isEmpty();
    }

    @Test
    void aRedundancyRuleIsDeclaredAndWithdrawn() {
        ObjectNode cluster = Estate.item("server", estate.tag("CLU-HIS"), "HIS cluster", "CLINICAL_CRITICAL");
        cluster.putObject("attributes").put("hostname", "his-cluster").put("ipAddress", "10.9.3.1");
        JsonNode item = estate.register(cluster);

        RunningApi.Reply declared = api.put(Estate.path(item) + "/redundancy/part-of").as(CONFIG_MANAGER_QIAN)
                .header("If-Match", Estate.etag(item)).json(RunningApi.object().put("failedMembers", 2)).send();
        assertThat(declared.status()).as("%s", declared).isEqualTo(200);
        assertThat(declared.json().at("/redundancy/0/through").asText()).isEqualTo("PART_OF");
        assertThat(declared.json().at("/redundancy/0/failedMembers").asInt()).isEqualTo(2);
        JsonNode both = refused(api, 400, "request.invalid", () -> api.put(Estate.path(item) + "/redundancy/part-of")
                .as(CONFIG_MANAGER_QIAN).header("If-Match", declared.etag())
                .json(RunningApi.object().put("failedMembers", 2).put("percent", 50)).send());
        assertThat(fields(both)).containsExactly("failedMembers");

        RunningApi.Reply withdrawn = api.delete(Estate.path(item) + "/redundancy/PART_OF").as(CONFIG_MANAGER_QIAN)
                .header("If-Match", declared.etag()).send();
        assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(200);
        assertThat(withdrawn.json().get("redundancy")).isEmpty();
    }

    @Test
    void theHistoryTellsWhoChangedWhatAndTheItemCanBeReadAsOfAnEarlierInstant() {
        JsonNode registered = estate.register(estate.server("SRV-HIST", "hist-01", "10.9.4.1"));
        String registeredAt = api.desk.clock.instant().toString();
        api.desk.clock.advance(Duration.ofHours(2));
        String between = api.desk.clock.instant().toString();
        api.desk.clock.advance(Duration.ofHours(2));
        RunningApi.Reply changed = api.put(Estate.path(registered)).as(CONFIG_MANAGER_QIAN)
                .header("If-Match", Estate.etag(registered))
                .json(update(registered, "Renamed server").put("note", "naming convention")).send();
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);

        JsonNode events = api.get(Estate.path(registered) + "/history").as(AGENT_CHEN).send().json().get("events");
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("ci.registered", "ci.details-changed");
        assertThat(events.get(0).get("actor").asText()).isEqualTo("K0001");
        assertThat(events.get(0).get("occurredAt").asText()).isEqualTo(registeredAt);
        assertThat(events.get(0).at("/data/assetTag").asText()).isEqualTo(registered.get("assetTag").asText());
        assertThat(events.get(1).at("/data/name").asText()).isEqualTo("Renamed server");
        assertThat(events.get(1).at("/data/note").asText()).isEqualTo("naming convention");

        RunningApi.Reply then = api.get(Estate.path(registered) + "?asOf=" + between).as(AGENT_CHEN).send();
        assertThat(then.status()).as("%s", then).isEqualTo(200);
        assertThat(then.json().get("name").asText()).isEqualTo(registered.get("name").asText());
        assertThat(then.json().get("version").asLong()).isEqualTo(1);
        assertThat(then.etag()).isNull();
        refused(api, 404, "cmdb.ci-not-found", () -> api.get(Estate.path(registered) + "?asOf=2020-01-01T00:00:00Z")
                .as(AGENT_CHEN).send());
        refused(api, 400, "request.invalid", () -> api.get(Estate.path(registered) + "?asOf=yesterday")
                .as(AGENT_CHEN).send());
    }

    @Test
    void theClassesAndRelationshipRulesAreReadInTheReadersLanguage() {
        JsonNode classes = api.get("/api/v1/ci-classes").as(AGENT_CHEN).header("Accept-Language", "zh-CN").send().json()
                .get("classes");
        JsonNode server = find(classes, "code", "server");
        assertThat(server.get("name").asText()).isEqualTo("服务器");
        assertThat(server.get("parent").asText()).isEqualTo("hardware");
        JsonNode hostname = find(server.get("attributes"), "code", "hostname");
        assertThat(hostname.get("type").asText()).isEqualTo("TEXT");
        assertThat(hostname.get("required").asBoolean()).isTrue();
        assertThat(hostname.get("maxLength").asInt()).isEqualTo(63);
        assertThat(find(server.get("attributes"), "code", "manufacturer").get("declaredBy").asText())
                .isEqualTo("hardware");
        assertThat(find(server.get("attributes"), "code", "cpuCores").get("maximum").asInt()).isEqualTo(4096);
        assertThat(find(find(classes, "code", "printer").get("attributes"), "code", "printerKind")
                .get("allowedValues")).extracting(JsonNode::asText).contains("laser", "wristband");

        JsonNode rules = api.get("/api/v1/relationship-rules").as(AGENT_CHEN).send().json().get("types");
        JsonNode runsOn = find(rules, "type", "RUNS_ON");
        assertThat(runsOn.get("name").asText()).isEqualTo("runs on");
        assertThat(runsOn.get("need").asText()).isEqualTo("FROM_NEEDS_TO");
        assertThat(runsOn.get("allowed")).anySatisfy(pair -> {
            assertThat(pair.get("fromClass").asText()).isEqualTo("software");
            assertThat(pair.get("toClass").asText()).isEqualTo("hardware");
        });
    }

    @Test
    void aReporterMayNeitherReadNorChangeTheCmdb() {
        refused(api, 403, "access.denied", () -> api.get("/api/v1/cis?hostname=x").as(NURSE_WANG).send());
        refused(api, 403, "access.denied", () -> api.get("/api/v1/ci-classes").as(NURSE_WANG).send());
        refused(api, 403, "access.denied", () -> api.post("/api/v1/cis").as(NURSE_WANG)
                .json(estate.server("SRV-NURSE", "nurse-01", "10.9.6.1")).send());
        JsonNode server = estate.register(estate.server("SRV-AGENT", "agent-01", "10.9.6.2"));
        refused(api, 403, "access.denied", () -> api.put(Estate.path(server)).as(AGENT_CHEN)
                .header("If-Match", Estate.etag(server)).json(update(server, "Agent rename")).send());
    }

    /** The update body for {@code item} as read, renamed. */
    private static ObjectNode update(JsonNode item, String name) {
        ObjectNode body = RunningApi.object();
        for (String field : List.of("assetTag", "serialNumber", "campus", "building", "floor", "room",
                "owningDepartment", "supportGroup", "criticality", "vendor", "warrantyEnd", "attributes")) {
            if (item.has(field)) {
                body.set(field, item.get(field));
            }
        }
        return body.put("name", name);
    }

    private static String message(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }

    private static List<String> ids(RunningApi.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (element.get(field).asText().equals(value)) {
                return element;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }
}
