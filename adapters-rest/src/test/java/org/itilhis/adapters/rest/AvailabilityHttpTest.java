package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.cmdb.OperationalState;
import org.itilhis.ports.monitoring.in.ObservedOutage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Availability over HTTP: engineer Liu declares on Nurse Wang's incident (the desktop group's)
 * that the outpatient registration server was down, and later its end; director Gao sets HIS
 * outpatient's target; the report shows the hour lost, the incident that explains it and the
 * target missed, beside an outage monitoring saw. Bad input is refused in English and Chinese,
 * naming the field, with nothing changed.
 */
class AvailabilityHttpTest {
    private static final String OUTAGES = "/api/v1/outages";
    private static final String TARGETS = "/api/v1/availability-targets";
    private static final String REPORT = "/api/v1/reports/availability";

    private RunningApi api;
    private Instant now;
    private String service;
    private String server;
    private JsonNode incident;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        api.configureServiceLevels();
        now = api.desk.clock.instant();
        Estate estate = new Estate(api);
        ObjectNode outpatient = Estate.item("outpatient-registration", estate.tag("SVC-OP-REG"),
                "门诊挂号 HIS outpatient", "CLINICAL_CRITICAL");
        outpatient.putObject("attributes").put("serviceHours", "24x7");
        JsonNode registered = estate.register(outpatient);
        JsonNode host = estate.register(estate.server("SRV-OP-01", "op-app01", "10.1.2.11"));
        estate.relate(registered, "USES", host);
        service = registered.get("id").asText();
        server = host.get("id").asText();
        incident = new Desk(api).printerIncident();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private ObjectNode declaration(String ci, Instant start, Instant end) {
        ObjectNode body = RunningApi.object().put("incident", incident.get("id").asText()).put("ci", ci)
                .put("state", "DOWN").put("start", start.toString()).put("note", "服务器宕机 server down");
        return end == null ? body : body.put("end", end.toString());
    }

    private String report(Instant from, Instant to) {
        return REPORT + "?service=" + service + "&from=" + from + "&to=" + to;
    }

    @Test
    void anOutageDeclaredAndEndedOnAnIncidentShowsInTheReportAgainstTheServicesTarget() {
        RunningApi.Reply declared = api.post(OUTAGES).as(ENGINEER_LIU).header("Idempotency-Key", "outage-1")
                .json(declaration(server, now.minus(Duration.ofHours(2)), null)).send();
        assertThat(declared.status()).as("%s", declared).isEqualTo(201);
        String id = declared.json().get("id").asText();
        assertThat(declared.header("Location")).endsWith(OUTAGES + "/" + id);
        assertThat(declared.json().get("incidentNumber").asText()).isEqualTo(incident.get("number").asText());
        assertThat(api.post(OUTAGES).as(ENGINEER_LIU).header("Idempotency-Key", "outage-1")
                .json(declaration(server, now.minus(Duration.ofHours(2)), null)).send()
                .header("Idempotent-Replayed")).isEqualTo("true");

        RunningApi.Reply ended = api.post(OUTAGES + "/" + id + "/end").as(ENGINEER_LIU).header("If-Match", "\"1\"")
                .json(RunningApi.object().put("end", now.minus(Duration.ofHours(1)).toString())).send();
        assertThat(ended.status()).as("%s", ended).isEqualTo(200);
        assertThat(ended.etag()).isEqualTo("\"2\"");
        RunningApi.Reply target = api.put(TARGETS + "/" + service).as(DIRECTOR_GAO)
                .json(RunningApi.object().put("catalogueService", "HIS outpatient").put("percent", 99.9)).send();
        assertThat(target.status()).as("%s", target).isEqualTo(200);
        assertThat(target.etag()).isEqualTo("\"1\"");
        api.observedOutages.add(new ObservedOutage(new CiId(UUID.fromString(server)), OperationalState.DEGRADED,
                now.minus(Duration.ofHours(5)), Optional.of(now.minus(Duration.ofHours(4))), "alert 5521 HighLatency"));

        RunningApi.Reply report = api.get(report(now.minus(Duration.ofDays(1)), now)).as(ENGINEER_LIU).send();

        assertThat(report.status()).as("%s", report).isEqualTo(200);
        JsonNode line = report.json().at("/services/0");
        assertThat(line.get("serviceName").asText()).isEqualTo("门诊挂号 HIS outpatient");
        assertThat(line.get("catalogueService").asText()).isEqualTo("HIS outpatient");
        assertThat(line.get("agreedTime").asText()).isEqualTo("PT24H");
        assertThat(line.get("unplannedDowntime").asText()).isEqualTo("PT1H");
        assertThat(line.get("degradedTime").asText()).isEqualTo("PT1H");
        assertThat(line.get("outages").asInt()).isEqualTo(1);
        assertThat(line.get("availability").decimalValue()).isEqualByComparingTo("95.8333");
        assertThat(line.get("target").decimalValue()).isEqualByComparingTo("99.9");
        assertThat(line.get("targetMet").asBoolean()).isFalse();
        assertThat(line.at("/explaining/0/causes/0/reference").asText()).isEqualTo(incident.get("number").asText());
        assertThat(line.at("/explaining/0/causes/0/source").asText()).isEqualTo("DECLARED");
        assertThat(api.get(TARGETS).as(NURSE_WANG).send().status()).isEqualTo(403);
        assertThat(api.get(TARGETS).as(ENGINEER_LIU).send().json().at("/targets/0/percent").decimalValue())
                .isEqualByComparingTo("99.9");
        assertThat(api.get(OUTAGES + "?incident=" + incident.get("id").asText()).as(DIRECTOR_GAO).send().json()
                .at("/outages/0/end").asText()).isEqualTo(now.minus(Duration.ofHours(1)).toString());
    }

    @Test
    void badOutagesAreRefusedNamingTheFieldInEnglishAndChineseWithNothingChanged() {
        JsonNode endsEarly = Problems.refused(api, 422, "availability.outage-ends-before-start", () -> api.post(OUTAGES)
                .as(ENGINEER_LIU).header("Accept-Language", "zh-CN")
                .json(declaration(server, now.minusSeconds(60), now.minusSeconds(120))).send());
        assertThat(endsEarly.get("detail").asText()).contains("字段 end");
        JsonNode future = Problems.refused(api, 422, "availability.time-in-future", () -> api.post(OUTAGES)
                .as(ENGINEER_LIU).json(declaration(server, now.plus(Duration.ofHours(1)), null)).send());
        assertThat(future.get("detail").asText()).contains("Field start");
        Problems.refused(api, 422, "availability.unknown-ci", () -> api.post(OUTAGES).as(ENGINEER_LIU)
                .json(declaration(UUID.randomUUID().toString(), now, null)).send());
        Desk desk = new Desk(api);
        JsonNode request = desk.raise(desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "需要打印纸 paper"))
                .get("id").asText(), Desk.incident("Paper", "printer", "ONE_DEPARTMENT", "DEGRADED")
                .put("type", "SERVICE_REQUEST"));
        Problems.refused(api, 422, "availability.not-an-incident", () -> api.post(OUTAGES).as(ENGINEER_LIU)
                .json(declaration(server, now, null).put("incident", request.get("id").asText())).send());
        Problems.refused(api, 404, "ticket.not-found", () -> api.post(OUTAGES).as(ENGINEER_LIU)
                .json(declaration(server, now, null).put("incident", UUID.randomUUID().toString())).send());
        JsonNode missing = Problems.refused(api, 400, "request.invalid", () -> api.post(OUTAGES).as(ENGINEER_LIU)
                .json(RunningApi.object().put("incident", incident.get("id").asText()).put("ci", "not-a-uuid"))
                .send());
        assertThat(Problems.fields(missing)).contains("ci", "state", "start");
        Problems.refused(api, 404, "ticket.not-found", () -> api.post(OUTAGES).as(SPECIALIST_HUANG)
                .json(declaration(server, now, null)).send());
        Problems.refused(api, 403, "access.denied", () -> api.post(OUTAGES).as(NURSE_WANG)
                .json(declaration(server, now, null)).send());
        assertThat(api.availability.outages.snapshots()).isEmpty();
    }

    @Test
    void aBadReportOrTargetIsRefusedNamingTheField() {
        Problems.refused(api, 422, "availability.invalid-period", () -> api.get(report(now, now.minusSeconds(1)))
                .as(ENGINEER_LIU).send());
        Problems.refused(api, 422, "availability.invalid-period", () -> api.get(report(
                now.minus(Duration.ofDays(400)), now)).as(ENGINEER_LIU).send());
        Problems.refused(api, 422, "availability.not-a-business-service", () -> api.get(REPORT + "?service=" + server
                + "&from=" + now.minus(Duration.ofDays(1)) + "&to=" + now).as(ENGINEER_LIU).send());
        JsonNode malformed = Problems.refused(api, 400, "request.invalid", () -> api.get(REPORT + "?service=x&to="
                + now).as(ENGINEER_LIU).send());
        assertThat(Problems.fields(malformed)).containsExactlyInAnyOrder("service", "from");
        Problems.refused(api, 403, "access.denied", () -> api.get(report(now.minus(Duration.ofDays(1)), now))
                .as(NURSE_WANG).send());

        Problems.refused(api, 403, "access.denied", () -> api.put(TARGETS + "/" + service).as(ENGINEER_LIU)
                .json(RunningApi.object().put("catalogueService", "HIS outpatient").put("percent", 99.9)).send());
        Problems.refused(api, 422, "availability.unknown-catalogue-service", () -> api.put(TARGETS + "/" + service)
                .as(DIRECTOR_GAO).json(RunningApi.object().put("catalogueService", "HIS emergency")
                        .put("percent", 99.9)).send());
        JsonNode percent = Problems.refused(api, 400, "request.invalid", () -> api.put(TARGETS + "/" + service)
                .as(DIRECTOR_GAO).json(RunningApi.object().put("catalogueService", "HIS outpatient")
                        .put("percent", 100.5)).send());
        assertThat(Problems.fields(percent)).containsExactly("percent");
        assertThat(api.put(TARGETS + "/" + service).as(DIRECTOR_GAO).json(RunningApi.object()
                .put("catalogueService", "HIS outpatient").put("percent", 99)).send().status()).isEqualTo(200);
        Problems.refused(api, 428, "request.precondition-required", () -> api.put(TARGETS + "/" + service)
                .as(DIRECTOR_GAO).json(RunningApi.object().put("catalogueService", "HIS outpatient")
                        .put("percent", 99.5)).send());
        Problems.refused(api, 412, "availability-target.version-conflict", () -> api.put(TARGETS + "/" + service)
                .as(DIRECTOR_GAO).header("If-Match", "\"7\"").json(RunningApi.object()
                        .put("catalogueService", "HIS outpatient").put("percent", 99.5)).send());
        Problems.refused(api, 404, "availability.target-not-found", () -> api.get(TARGETS + "/" + server)
                .as(DIRECTOR_GAO).send());
    }
}
