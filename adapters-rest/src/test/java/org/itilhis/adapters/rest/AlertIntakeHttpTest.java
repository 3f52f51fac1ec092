package org.itilhis.adapters.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.itilhis.core.monitoring.SigningSecret;
import org.itilhis.testkit.DemoCmdb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Director Gao registers the data centre's Prometheus Alertmanager, its Zabbix server and the
 * laboratory's own monitor (generic, signed); their deliveries come in over HTTP with the token
 * shown once at registration, never the staff's. A repeat changes nothing, a bad token is 401
 * and listed, an unknown source 404, a cut-off body 400 naming the field and listed with its
 * start, an alert dated in the future is rejected and listed while the rest is recorded. Alerts
 * land on the CMDB's items by host name, address and asset tag; one for no item is listed for
 * configuration manager Qian, who adds a rule naming it.
 */
class AlertIntakeHttpTest {
    private static final String SOURCES = "/api/v1/alert-sources";
    private static final String NOW = "2026-03-02T00:00:00Z";

    private RunningApi api;
    private DemoCmdb.Estate estate;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        estate = DemoCmdb.loadInto(api.desk.cmdb, CONFIG_MANAGER_QIAN);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonNode register(String code, String kind, boolean signed) {
        RunningApi.Reply reply = api.post(SOURCES).as(DIRECTOR_GAO).json(object().put("code", code).put("kind", kind)
                .put("signed", signed)).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        return reply.json();
    }

    private RunningApi.Reply deliver(String code, String token, String body) {
        return api.post("/api/v1/alerts/" + code).header("Authorization", "Bearer " + token)
                .raw("application/json", body).send();
    }

    /** An Alertmanager webhook (version 4) as its documentation shows it, with these alerts. */
    private static String alertmanager(String status, String... alerts) {
        return """
                {"version":"4","groupKey":"{}:{alertname=\\"HostDown\\"}","truncatedAlerts":0,"status":"%s",
                 "receiver":"itilhis","groupLabels":{"alertname":"HostDown"},"commonLabels":{"alertname":"HostDown"},
                 "commonAnnotations":{},"externalURL":"http://alertmanager.dc.example.org:9093",
                 "alerts":[%s]}""".formatted(status, String.join(",", alerts));
    }

    private static String alert(String fingerprint, String status, String instance, String startsAt, String endsAt) {
        return """
                {"status":"%s","labels":{"alertname":"HostDown","instance":"%s","job":"node","severity":"critical"},
                 "annotations":{"summary":"%s 不可达","description":"node exporter down"},
                 "startsAt":"%s","endsAt":"%s","generatorURL":"http://prometheus.dc.example.org:9090/graph",
                 "fingerprint":"%s"}""".formatted(status, instance, instance, startsAt, endsAt, fingerprint);
    }

    @Test
    void anAlertmanagerDeliveryWithTheTokenIsRecordedOnTheItemsAndARepeatChangesNothing() {
        JsonNode prometheus = register("prometheus-dc", "ALERTMANAGER", false);
        String token = prometheus.get("token").asText();
        String body = alertmanager("firing",
                alert("a1b2c3d4e5f60718", "firing", "emr-db01:9100", "2026-03-01T23:58:00.123456789Z",
                        "0001-01-01T00:00:00Z"),
                alert("b1b2c3d4e5f60718", "firing", "10.10.1.41:9100", "2026-03-01T23:59:00Z", "0001-01-01T00:00:00Z"),
                alert("c1b2c3d4e5f60718", "firing", "unknown-box:9100", "2026-03-01T23:59:30Z",
                        "0001-01-01T00:00:00Z"));

        RunningApi.Reply first = deliver("prometheus-dc", token, body);
        RunningApi.Reply repeat = deliver("prometheus-dc", token, body);

        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(first.json()).isEqualTo(RunningApi.JSON.valueToTree(java.util.Map.of("received", 3, "recorded", 3,
                "duplicates", 0, "rejected", 0, "unmapped", 1)));
        assertThat(repeat.json().get("recorded").asInt()).isZero();
        assertThat(repeat.json().get("duplicates").asInt()).isEqualTo(3);
        JsonNode alerts = api.get("/api/v1/alerts?source=prometheus-dc").as(ENGINEER_LIU).send().json();
        assertThat(alerts.get("items")).hasSize(3);
        JsonNode emr = alerts.get("items").get(2);
        assertThat(emr.get("ci").asText()).isEqualTo(estate.id("SRV-EMR-DB01").toString());
        assertThat(emr.get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(emr.get("summary").asText()).isEqualTo("emr-db01:9100 不可达");
        assertThat(alerts.get("items").get(1).get("ci").asText()).isEqualTo(estate.id("SRV-LIS-APP01").toString());
        assertThat(alerts.get("items").get(0).has("ci")).isFalse();
        JsonNode one = api.get("/api/v1/alerts/" + emr.get("position").asText()).as(ENGINEER_LIU).send().json();
        assertThat(one).isEqualTo(emr);
        assertThat(api.monitoring.alerts.after(0, 100)).hasSize(3);
        JsonNode unmapped = api.get("/api/v1/alert-mappings/unmapped").as(CONFIG_MANAGER_QIAN).send().json();
        assertThat(unmapped.get("items")).singleElement()
                .satisfies(a -> assertThat(a.get("labels").get("instance").asText()).isEqualTo("unknown-box:9100"));
    }

    @Test
    void aGroupOfAThousandAlertsFarAboveTheGeneralBodyLimitIsTakenWhole() {
        String token = register("prometheus-dc", "ALERTMANAGER", false).get("token").asText();
        String[] alerts = new String[1000];
        for (int i = 0; i < alerts.length; i++) {
            alerts[i] = alert("storm-" + i, "firing", "10.10.1." + (i % 250) + ":9100", "2026-03-01T23:58:00Z",
                    "0001-01-01T00:00:00Z");
        }
        String body = alertmanager("firing", alerts);

        RunningApi.Reply reply = deliver("prometheus-dc", token, body);

        assertThat(body.length()).isGreaterThan((int) RestApi.DEFAULT_MAX_BODY_BYTES * 4);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("recorded").asInt()).isEqualTo(1000);
        assertThat(api.monitoring.alerts.after(0, 2000)).hasSize(1000);
    }

    @Test
    void aResolutionIsRecordedBesideItsFiring() {
        String token = register("prometheus-dc", "ALERTMANAGER", false).get("token").asText();
        deliver("prometheus-dc", token, alertmanager("firing", alert("f1", "firing", "emr-db01:9100",
                "2026-03-01T23:58:00Z", "0001-01-01T00:00:00Z")));

        RunningApi.Reply resolved = deliver("prometheus-dc", token, alertmanager("resolved", alert("f1", "resolved",
                "emr-db01:9100", "2026-03-01T23:58:00Z", "2026-03-01T23:59:40Z")));

        assertThat(resolved.json().get("recorded").asInt()).isEqualTo(1);
        JsonNode latest = api.get("/api/v1/alerts?status=RESOLVED").as(ENGINEER_LIU).send().json().get("items").get(0);
        assertThat(latest.get("endsAt").asText()).isEqualTo("2026-03-01T23:59:40Z");
        assertThat(latest.get("fingerprint").asText()).isEqualTo("f1");
    }

    @Test
    void aBadTokenIs401AndListedAndAnUnknownSourceIs404AndNeitherRecordsAnAlert() {
        register("prometheus-dc", "ALERTMANAGER", false);
        String body = alertmanager("firing", alert("f1", "firing", "emr-db01:9100", "2026-03-01T23:58:00Z",
                "0001-01-01T00:00:00Z"));

        JsonNode refused = Problems.refused(api, 401, "alert-source.not-authenticated",
                () -> deliver("prometheus-dc", "itk_" + "x".repeat(43), body));
        Problems.refused(api, 401, "alert-source.not-authenticated", () -> api.post("/api/v1/alerts/prometheus-dc")
                .raw("application/json", body).send());
        Problems.refused(api, 401, "alert-source.not-authenticated", () -> api.post("/api/v1/alerts/prometheus-dc")
                .as(DIRECTOR_GAO).raw("application/json", body).send());
        Problems.refused(api, 404, "alert-source.not-found", () -> deliver("zabbix-nowhere", "itk_whatever", body));

        assertThat(refused.get("detail").asText()).contains("prometheus-dc");
        assertThat(api.monitoring.alerts.after(0, 10)).isEmpty();
        JsonNode rejections = api.get("/api/v1/alert-rejections").as(ENGINEER_LIU).send().json().get("items");
        assertThat(rejections).hasSize(3);
        assertThat(rejections.get(0).get("reason").asText()).isEqualTo("NOT_AUTHENTICATED");
        assertThat(rejections.get(0).get("excerpt").asText()).isEmpty();
    }

    @Test
    void aCutOffBodyIs400NamingTheFieldInEnglishAndChineseAndListedWithItsStart() {
        String token = register("prometheus-dc", "ALERTMANAGER", false).get("token").asText();
        String body = alertmanager("firing", alert("f1", "firing", "emr-db01:9100", "2026-03-01T23:58:00Z",
                "0001-01-01T00:00:00Z"));

        JsonNode cut = Problems.refused(api, 400, "alert.malformed",
                () -> deliver("prometheus-dc", token, body.substring(0, body.length() / 2)));
        JsonNode wrongType = Problems.refused(api, 400, "alert.malformed", () -> api.post("/api/v1/alerts/prometheus-dc")
                .header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN")
                .raw("application/json", body.replace("\"2026-03-01T23:58:00Z\"", "1772409480")).send());

        assertThat(Problems.fields(cut)).containsExactly("body");
        assertThat(Problems.fields(wrongType)).containsExactly("/alerts/0/startsAt");
        assertThat(wrongType.get("detail").asText()).startsWith("字段 /alerts/0/startsAt：");
        JsonNode rejections = api.get("/api/v1/alert-rejections").as(ENGINEER_LIU).send().json().get("items");
        assertThat(rejections).extracting(r -> r.get("reason").asText()).containsExactly("MALFORMED", "MALFORMED");
        assertThat(rejections.get(1).get("excerpt").asText()).startsWith("{\"version\":\"4\"");
        assertThat(api.monitoring.alerts.after(0, 10)).isEmpty();
    }

    @Test
    void anAlertDatedInTheFutureIsRejectedAndListedWhileTheRestOfTheDeliveryIsRecorded() {
        String token = register("prometheus-dc", "ALERTMANAGER", false).get("token").asText();
        Instant now = Instant.parse(NOW);

        RunningApi.Reply reply = deliver("prometheus-dc", token, alertmanager("firing",
                alert("f1", "firing", "emr-db01:9100", now.minusSeconds(60).toString(), "0001-01-01T00:00:00Z"),
                alert("f2", "firing", "emr-db01:9100", now.plusSeconds(3600).toString(), "0001-01-01T00:00:00Z"),
                alert("f3", "resolved", "emr-db01:9100", now.minusSeconds(60).toString(),
                        now.minusSeconds(120).toString())));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("recorded").asInt()).isEqualTo(1);
        assertThat(reply.json().get("rejected").asInt()).isEqualTo(2);
        JsonNode rejections = api.get("/api/v1/alert-rejections").as(ENGINEER_LIU).send().json().get("items");
        assertThat(rejections).extracting(r -> r.get("reason").asText() + " " + r.get("field").asText())
                .containsExactly("ENDS_BEFORE_START /alerts/2/endsAt", "IN_THE_FUTURE /alerts/1/startsAt");
        assertThat(rejections.get(1).get("excerpt").asText()).contains("\"fingerprint\":\"f2\"");
    }

    @Test
    void aZabbixProblemAndItsRecoveryLandOnTheItemByAssetTag() {
        String token = register("zabbix", "ZABBIX", false).get("token").asText();
        String problem = """
                {"event_id":"8812","event_value":"1","severity":"4","severity_name":"High",
                 "trigger_name":"LIS database is unreachable","host":"lis-db-host","host_ip":"10.99.0.1",
                 "event_date":"2026.03.02","event_time":"07:55:10","recovery_date":"","recovery_time":"",
                 "timezone":"+08:00","tags":[{"tag":"service","value":"LIS"}],"asset_tag":"SRV-LIS-DB01"}""";

        RunningApi.Reply fired = deliver("zabbix", token, problem);
        RunningApi.Reply recovered = deliver("zabbix", token, problem.replace("\"event_value\":\"1\"",
                "\"event_value\":\"0\"").replace("\"recovery_date\":\"\",\"recovery_time\":\"\"",
                "\"recovery_date\":\"2026.03.02\",\"recovery_time\":\"07:58:00\""));

        assertThat(fired.json().get("recorded").asInt()).as("%s", fired).isEqualTo(1);
        assertThat(recovered.json().get("recorded").asInt()).as("%s", recovered).isEqualTo(1);
        JsonNode items = api.get("/api/v1/alerts?source=zabbix").as(ENGINEER_LIU).send().json().get("items");
        assertThat(items).extracting(a -> a.get("status").asText()).containsExactly("RESOLVED", "FIRING");
        assertThat(items.get(1).get("startsAt").asText()).isEqualTo("2026-03-01T23:55:10Z");
        assertThat(items.get(0).get("endsAt").asText()).isEqualTo("2026-03-01T23:58:00Z");
        assertThat(items).allSatisfy(a -> assertThat(a.get("ci").asText())
                .isEqualTo(estate.id("SRV-LIS-DB01").toString()));
        assertThat(items.get(1).get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(items.get(1).get("labels").get("service").asText()).isEqualTo("LIS");
    }

    @Test
    void aSignedGenericSourceNeedsTheSignatureOfTheBodyAsSent() {
        JsonNode lab = register("lab-monitor", "GENERIC", true);
        String token = lab.get("token").asText();
        SigningSecret secret = new SigningSecret(lab.get("signingSecret").asText());
        String body = """
                {"alerts":[{"id":"lab-7","status":"firing","name":"AnalyserOffline","severity":"warning",
                 "startsAt":"2026-03-01T23:50:00+08:00","summary":"生化分析仪离线","labels":{"ip":"10.10.1.42"}}]}""";

        RunningApi.Reply unsigned = deliver("lab-monitor", token, body);
        RunningApi.Reply signed = api.post("/api/v1/alerts/lab-monitor").header("Authorization", "Bearer " + token)
                .header("X-Itilhis-Signature", secret.sign(body.getBytes(UTF_8))).raw("application/json", body).send();

        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(signed.status()).as("%s", signed).isEqualTo(200);
        JsonNode alert = api.get("/api/v1/alerts").as(ENGINEER_LIU).send().json().get("items").get(0);
        assertThat(alert.get("ci").asText()).isEqualTo(estate.id("SRV-LIS-DB01").toString());
        assertThat(alert.get("severity").asText()).isEqualTo("WARNING");
        assertThat(alert.get("startsAt").asText()).isEqualTo("2026-03-01T15:50:00Z");
    }

    @Test
    void theCredentialsAreShownOnceRotatedWithIfMatchAndADisabledSourceIsRefused() {
        JsonNode zabbix = register("zabbix", "ZABBIX", false);
        String old = zabbix.get("token").asText();

        JsonNode list = api.get(SOURCES).as(ENGINEER_LIU).send().json();
        RunningApi.Reply rotated = api.post(SOURCES + "/zabbix/rotate-credentials").as(DIRECTOR_GAO)
                .header("If-Match", "\"1\"").send();
        RunningApi.Reply stale = api.post(SOURCES + "/zabbix/disable").as(DIRECTOR_GAO).header("If-Match", "\"1\"")
                .send();
        RunningApi.Reply disabled = api.post(SOURCES + "/zabbix/disable").as(DIRECTOR_GAO).header("If-Match", "\"2\"")
                .send();
        String fresh = rotated.json().get("token").asText();
        String problem = """
                {"event_id":"1","event_value":"1","severity":"2","trigger_name":"Disk 90%","host":"emr-db01",
                 "event_date":"2026.03.02","event_time":"07:00:00"}""";

        assertThat(list.toString()).doesNotContain(old, "token");
        assertThat(list.get("items").get(0).get("kind").asText()).isEqualTo("ZABBIX");
        assertThat(rotated.status()).as("%s", rotated).isEqualTo(200);
        assertThat(rotated.header("Cache-Control")).isEqualTo("no-store");
        assertThat(fresh).startsWith("itk_").isNotEqualTo(old);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(deliver("zabbix", fresh, problem).status()).isEqualTo(401);
        api.post(SOURCES + "/zabbix/enable").as(DIRECTOR_GAO).header("If-Match", "\"3\"").send();
        assertThat(deliver("zabbix", old, problem).status()).isEqualTo(401);
        assertThat(deliver("zabbix", fresh, problem).status()).isEqualTo(200);
    }

    @Test
    void aMalformedCodeIs422AndAnEngineerMayNeitherRegisterNorWriteRules() {
        JsonNode code = Problems.refused(api, 422, "alert-source.code-malformed", () -> api.post(SOURCES)
                .as(DIRECTOR_GAO).json(object().put("code", "Zabbix Main").put("kind", "ZABBIX")).send());
        assertThat(Problems.fields(code)).containsExactly("code");
        JsonNode signing = Problems.refused(api, 422, "alert-source.signing-not-generic", () -> api.post(SOURCES)
                .as(DIRECTOR_GAO).header("Accept-Language", "zh-CN")
                .json(object().put("code", "zabbix").put("kind", "ZABBIX").put("signed", true)).send());
        assertThat(signing.get("detail").asText()).startsWith("字段 signingSecret：");
        Problems.refused(api, 403, "access.denied", () -> api.post(SOURCES).as(ENGINEER_LIU)
                .json(object().put("code", "zabbix").put("kind", "ZABBIX")).send());
        Problems.refused(api, 403, "access.denied", () -> api.put("/api/v1/alert-mappings").as(ENGINEER_LIU)
                .header("If-Match", "\"0\"").json(object().set("rules", RunningApi.JSON.createArrayNode())).send());
        assertThat(api.monitoring.sources.all()).isEmpty();
    }

    @Test
    void anAlertForNoItemIsListedAndARuleNamingItMapsTheNextOne() {
        String token = register("prometheus-dc", "ALERTMANAGER", false).get("token").asText();
        deliver("prometheus-dc", token, alertmanager("firing", alert("u1", "firing", "blackbox:9115",
                "2026-03-01T23:58:00Z", "0001-01-01T00:00:00Z")));
        JsonNode defaults = api.get("/api/v1/alert-mappings").as(CONFIG_MANAGER_QIAN).send().json();
        ObjectNode rules = object();
        rules.putArray("rules").add(object().put("match", "LABEL_VALUE").put("label", "instance")
                        .put("value", "blackbox:9115").put("ci", estate.id("SRV-EMR-APP01").toString()))
                .addAll((com.fasterxml.jackson.databind.node.ArrayNode) defaults.get("rules"));

        RunningApi.Reply saved = api.put("/api/v1/alert-mappings").as(CONFIG_MANAGER_QIAN).header("If-Match", "\"0\"")
                .json(rules).send();
        RunningApi.Reply stale = api.put("/api/v1/alert-mappings").as(CONFIG_MANAGER_QIAN).header("If-Match", "\"0\"")
                .json(rules).send();
        JsonNode missing = Problems.refused(api, 400, "request.invalid", () -> api.put("/api/v1/alert-mappings")
                .as(CONFIG_MANAGER_QIAN).header("If-Match", "\"1\"").json(object().set("rules", RunningApi.JSON
                        .createArrayNode().add(object().put("match", "LABEL_VALUE").put("label", "job")))).send());
        deliver("prometheus-dc", token, alertmanager("firing", alert("u2", "firing", "blackbox:9115",
                "2026-03-01T23:59:00Z", "0001-01-01T00:00:00Z")));

        assertThat(defaults.get("version").asLong()).isZero();
        assertThat(defaults.get("rules")).hasSize(5);
        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        assertThat(saved.json().get("version").asLong()).isEqualTo(1);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(Problems.fields(missing)).containsExactlyInAnyOrder("rules[0].value", "rules[0].ci");
        JsonNode latest = api.get("/api/v1/alerts").as(ENGINEER_LIU).send().json().get("items").get(0);
        assertThat(latest.get("ci").asText()).isEqualTo(estate.id("SRV-EMR-APP01").toString());
        assertThat(api.get("/api/v1/alert-mappings/unmapped").as(CONFIG_MANAGER_QIAN).send().json().get("items"))
                .hasSize(1);
        assertThat(api.desk.events.history("alert-mappings")).hasSize(1);
    }
}
