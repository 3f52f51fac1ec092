package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.itilhis.adapters.rest.common.OpenApiResource;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.release.in.PlanRelease;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No input produces a 500 or shows the server's internals: every operation of the OpenAPI
 * document is sent odd ids, malformed and oddly shaped bodies, every body field replaced by
 * odd values, odd headers and odd query parameters, and the CSV import odd files in odd
 * character sets and modes; every answer must be below 500, and every error a problem
 * document without a stack trace or class name.
 */
class RobustnessHttpTest {
    private static final List<String> ODD_TEXT = List.of("", " ", "%00", "\u0000", "ü€😀", "x".repeat(70_000),
            "../../etc/passwd", "INC-9999-999999", "REQ-2026-0000001", "{\"a\":1}", "<script>", "null", "-1");
    private static final List<String> ODD_BODIES = List.of("", "{}", "[]", "null", "\"text\"", "123", "{\"a\":",
            "{}{}", "[".repeat(5000) + "]".repeat(5000), "{\"reason\":{\"reason\":[1,2,{}]}}", "\uFEFF{}",
            "{\"minutes\": 1e400, \"score\": 99999999999999999999}", "{\"note\": \"\\ud800\"}");
    private static final List<Object> ODD_VALUES = List.of("", " ", "\u0000", "x".repeat(20_000), -1,
            Long.MAX_VALUE, 1.5, true, List.of(), Map.of("a", 1), "P0", "ONE_DEPARTMENT;DROP TABLE", "ü€😀");

    /** Files that are hardly CSV, or CSV of odd shapes, as bytes. */
    private static final List<byte[]> ODD_CSV_FILES = oddCsvFiles();
    private static final List<String> ODD_IMPORT_QUERIES = List.of("", "?mode=valid-rows-only", "?mode=",
            "?mode=" + "x".repeat(5000), "?mode=%00&charset=%00", "?charset=UTF-16", "?charset=UTF-32",
            "?charset=GB18030&mode=VALID_ROWS_ONLY", "?charset=bogus", "?charset=", "?charset=" + "x".repeat(300),
            "?charset=ISO-2022-CN&mode=valid-rows-only", "?mode=valid-rows-only&mode=all-or-nothing");

    private static RunningApi api;
    private static JsonNode document;
    private static String incidentId;
    private static String contactId;
    private static String ciId;
    private static String problemId;
    private static String releaseId;
    private static int requests;

    @BeforeAll
    static void start() throws IOException {
        api = RunningApi.start();
        api.configureServiceLevels();
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            document = RunningApi.JSON.readTree(in);
        }
        Desk desk = new Desk(api);
        incidentId = desk.printerIncident().get("id").asText();
        contactId = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "x"))
                .get("id").asText();
        Estate estate = new Estate(api);
        ciId = estate.register(estate.server("SRV-ODD", "odd-01", "10.8.0.1")).get("id").asText();
        problemId = new ProblemDesk(api).log(ProblemDesk.problem("Odd printers", "printer", DESKTOP))
                .get("id").asText();
        releaseId = api.desk.releases.releases().plan(PlanRelease.onDefaultStages(DemoHospital.RELEASE_MANAGER_XU,
                "HIS 5.3.2", "odd release", DemoHospital.RELEASE_MANAGER_XU.staffId(), Set.of())).id().toString();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void oddIdsAndBodiesNeverFailTheServer() {
        operations().forEach((operation, path) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            for (String id : List.of(incidentId, contactId, ciId, problemId, releaseId, UUID.randomUUID().toString(),
                    "not-an-id", "%20", "INC-2026-000001", "PRB-2026-000001", "REL-2026-000001")) {
                String concrete = path.replace("{id}", id).replace("{name}", id).replace("{tag}", id)
                        .replace("{type}", "runs-on").replace("{to}", id).replace("{incident}", id)
                        .replace("{ci}", id).replace("{change}", id).replace("{board}", id).replace("{code}", id)
                        .replace("{group}", id).replace("{subscriber}", "wecom").replace("{position}", id)
                        .replace("{channel}", id).replace("{eventType}", id).replace("{language}", id)
                        .replace("{staffId}", id).replace("{key}", id)
                        .replace("{service}", id); // availability
                if (method.equals("GET")) {
                    check(api.get(concrete).as(AGENT_CHEN));
                } else {
                    for (String body : ODD_BODIES) {
                        check(api.call(method, concrete).as(changer(path)).header("If-Match", "\"1\"")
                                .raw("application/json", body));
                    }
                }
            }
        });
        assertThat(requests).isGreaterThan(1000);
    }

    @Test
    void oddFieldValuesNeverFailTheServer() {
        operations().forEach((operation, path) -> {
            JsonNode schema = requestSchema(operation, path);
            if (schema == null) {
                return;
            }
            String method = operation.substring(0, operation.indexOf(' '));
            String concrete = path.replace("{id}", path.startsWith("/api/v1/contacts") ? contactId
                            : path.startsWith("/api/v1/cis") ? ciId
                            : path.startsWith("/api/v1/problems") ? problemId
                            : path.startsWith("/api/v1/releases") ? releaseId : incidentId)
                    .replace("{name}", "office-hours").replace("{type}", "part-of").replace("{to}", ciId)
                    .replace("{incident}", incidentId).replace("{ci}", ciId).replace("{change}", ciId).replace("{board}", "cab")
                    .replace("{code}", "walk-template").replace("{group}", "desktop-first-line")
                    .replace("{subscriber}", "wecom").replace("{position}", "1")
                    .replace("{channel}", "WECOM").replace("{eventType}", "ticket.assigned").replace("{language}", "zh")
                    .replace("{staffId}", "me").replace("{key}", "1")
                    .replace("{service}", ciId); // availability
            schema.get("properties").fieldNames().forEachRemaining(field -> {
                for (Object value : ODD_VALUES) {
                    ObjectNode body = RunningApi.object();
                    body.set(field, RunningApi.JSON.valueToTree(value));
                    check(api.call(method, concrete).as(path.startsWith("/api/v1/cis")
                                    || path.startsWith("/api/v1/problem") || path.startsWith("/api/v1/releases")
                                    ? changer(path) : AGENT_CHEN)
                            .header("If-Match", "*").json(body));
                }
            });
        });
    }

    @Test
    void oddHeadersAndParametersNeverFailTheServer() {
        String ticket = "/api/v1/incidents/" + incidentId;
        for (String text : ODD_TEXT) {
            String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);
            for (String parameter : List.of("status", "group", "engineer", "caller", "priority", "department", "q",
                    "limit", "cursor")) {
                check(api.get("/api/v1/incidents?" + parameter + "=" + encoded).as(AGENT_CHEN));
            }
            check(api.get("/api/v1/queue?limit=" + encoded).as(AGENT_CHEN));
            for (String parameter : List.of("hostname", "ipAddress", "campus", "building", "floor", "room", "class",
                    "department", "status", "q", "limit")) {
                check(api.get("/api/v1/cis?" + parameter + "=" + encoded).as(AGENT_CHEN));
            }
            check(api.get("/api/v1/cis/" + ciId + "?asOf=" + encoded).as(AGENT_CHEN));
            check(api.get("/api/v1/cis/" + ciId + "/candidate-causes?limit=" + encoded).as(AGENT_CHEN));
            check(api.get("/api/v1/contacts/" + contactId + "/nearby-cis?limit=" + encoded).as(AGENT_CHEN));
            String header = text.replaceAll("[^\\x20-\\x7E]", "?"); // what an HTTP client can send
            if (header.length() < 4000) {
                check(api.post(ticket + "/accept").as(AGENT_CHEN).header("If-Match", header));
                check(api.get(ticket).as(AGENT_CHEN).header("If-None-Match", header).header("Accept-Language", header));
                check(api.post("/api/v1/contacts").as(AGENT_CHEN).header("Idempotency-Key", header)
                        .json(Desk.contact(NURSE_WANG, "ward-5-east", "x")));
                check(api.get(ticket).header("Authorization", "Bearer " + header));
            }
        }
        for (String type : List.of("application/json; charset=bogus", "application/json; charset=UTF-32",
                "application/problem+json", "*/*", "application/", "text/json")) {
            check(api.post("/api/v1/contacts").as(AGENT_CHEN).raw(type, "{}"));
        }
    }

    @Test
    void oddCsvFilesInOddCharsetsAndModesNeverFailTheImport() {
        Set<Integer> statuses = new TreeSet<>();
        for (byte[] file : ODD_CSV_FILES) {
            for (String query : ODD_IMPORT_QUERIES) {
                for (String type : List.of("text/csv", "application/octet-stream", "text/csv; charset=bogus")) {
                    statuses.add(check(api.post("/api/v1/cis/import" + query).as(CONFIG_MANAGER_QIAN)
                            .header("Content-Type", type).body(HttpRequest.BodyPublishers.ofByteArray(file))).status());
                }
            }
            statuses.add(check(api.post("/api/v1/cis/import").as(AGENT_CHEN).header("Content-Type", "text/csv")
                    .body(HttpRequest.BodyPublishers.ofByteArray(file))).status());
        }
        assertThat(statuses).as("the files reach the import and its every outcome").contains(200, 400, 403, 422);
    }

    private static List<byte[]> oddCsvFiles() {
        List<String> texts = new ArrayList<>(ODD_BODIES);
        String header = "class,assetTag,name,criticality,hostname,ipAddress,printerKind\r\n";
        texts.addAll(List.of("\"unclosed", header + "\"a\"b,c\r\n", "\uFEFF", "\uFEFF" + header,
                header + "server,SRV-ODD-CSV,n,GENERAL\r\n", header + "printer,PRN-ODD-CSV,n,GENERAL,,,laser\r\n",
                header + "printer,SRV-ODD,n,GENERAL,,,laser\r\n", "class\rassetTag\rname",
                "assetTag,assetTag,资产标签\r\n1,2,3\r\n", "\u0000,\u0000\r\n\u0000",
                header + ",".repeat(5000) + "\r\n", header + "printer,\"" + "x".repeat(200_000) + "\",n,GENERAL\r\n",
                String.join(",", Collections.nCopies(3000, "x")) + "\r\n1\r\n",
                header + "printer,PRN-ODD-2,ü€😀\u202E,clinical_critical,,::1,laser\r\n".repeat(50),
                header + "server,SRV-ODD-3,n,GENERAL,h,10.0.0.1,,extra,cells\r\n"));
        List<byte[]> files = new ArrayList<>(texts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList());
        files.add(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        files.add(header.getBytes(StandardCharsets.UTF_16));
        files.add(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3});
        files.add(new byte[0]);
        return files;
    }

    /** Who sends changes to {@code path}: one allowed to make them, so that the request itself is checked. */
    private static Actor changer(String path) {
        return path.startsWith("/api/v1/cis") ? CONFIG_MANAGER_QIAN
                : path.startsWith("/api/v1/problem") ? PROBLEM_MANAGER_ZHAO
                : path.startsWith("/api/v1/releases") ? DemoHospital.RELEASE_MANAGER_XU : LEAD_SUN;
    }

    private static RunningApi.Reply check(RunningApi.Call call) {
        RunningApi.Reply reply;
        try {
            reply = call.send();
        } catch (java.io.UncheckedIOException e) {
            throw new AssertionError("failed: " + call, e);
        }
        requests++;
        assertThat(reply.status()).as("%s", reply).isLessThan(500);
        if (reply.status() >= 400) {
            assertThat(reply.header("Content-Type")).as("%s", reply).startsWith("application/problem+json");
            Problems.assertNoInternals(reply);
        }
        return reply;
    }

    private static Map<String, String> operations() {
        Map<String, String> operations = new TreeMap<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                operations.put(method.toUpperCase(Locale.ROOT) + " " + path.getKey(), path.getKey())));
        return operations;
    }

    private static JsonNode requestSchema(String operation, String path) {
        String method = operation.substring(0, operation.indexOf(' ')).toLowerCase(Locale.ROOT);
        JsonNode reference = document.get("paths").get(path).get(method)
                .at("/requestBody/content/application~1json/schema/$ref");
        return reference.isMissingNode() ? null : document.at(reference.asText().substring(1));
    }
}
