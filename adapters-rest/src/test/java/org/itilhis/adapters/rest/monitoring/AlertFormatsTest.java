package org.itilhis.adapters.rest.monitoring;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.itilhis.core.monitoring.AlertSeverity;
import org.itilhis.core.monitoring.AlertSourceKind;
import org.itilhis.core.monitoring.AlertStatus;
import org.itilhis.core.monitoring.DeliveredAlert;
import org.itilhis.core.monitoring.MalformedAlertsException;
import org.junit.jupiter.api.Test;

/** The readers of the three formats, on each one's documented example and on what breaks them. */
class AlertFormatsTest {
    private final AlertFormats formats = AlertFormats.hospitalDefault();

    /** The example payload of Alertmanager's webhook (version 4) from its documentation. */
    static final String ALERTMANAGER = """
            {
              "version": "4",
              "groupKey": "{}/{severity=\\"critical\\"}:{alertname=\\"ProbeFailure\\"}",
              "truncatedAlerts": 0,
              "status": "firing",
              "receiver": "itilhis",
              "groupLabels": {"alertname": "ProbeFailure"},
              "commonLabels": {"alertname": "ProbeFailure", "severity": "critical"},
              "commonAnnotations": {"summary": "BlackBox Probe Failure: https://his.example.org"},
              "externalURL": "http://alertmanager.example.org:9093",
              "alerts": [
                {
                  "status": "firing",
                  "labels": {"alertname": "ProbeFailure", "instance": "https://his.example.org", "job": "http_checks",
                             "severity": "critical"},
                  "annotations": {"description": "down for over 5m", "summary": "BlackBox Probe Failure"},
                  "startsAt": "2023-02-06T13:08:45.828Z",
                  "endsAt": "0001-01-01T00:00:00Z",
                  "generatorURL": "http://prometheus.example.org:9090/graph?g0.expr=probe_success+%3D%3D+0",
                  "fingerprint": "1a30ba71cca2921f"
                },
                {
                  "status": "resolved",
                  "labels": {"alertname": "DiskFull", "instance": "pacs-db01:9100", "severity": "page"},
                  "annotations": {"description": "/data above 95%"},
                  "startsAt": "2023-02-06T12:00:00+08:00",
                  "endsAt": "2023-02-06T12:30:00+08:00",
                  "generatorURL": "http://prometheus.example.org:9090/graph",
                  "fingerprint": "2b30ba71cca2921f"
                }
              ]
            }""";

    private List<DeliveredAlert> read(AlertSourceKind kind, String body) {
        return formats.read(kind, body.getBytes(UTF_8));
    }

    private MalformedAlertsException refused(AlertSourceKind kind, String body) {
        return (MalformedAlertsException) org.assertj.core.api.Assertions.catchThrowable(() -> read(kind, body));
    }

    @Test
    void alertmanagersDocumentedExampleReadsAsAFiringAndAResolvedAlert() {
        List<DeliveredAlert> alerts = read(AlertSourceKind.ALERTMANAGER, ALERTMANAGER);

        assertThat(alerts).hasSize(2);
        DeliveredAlert probe = alerts.get(0);
        assertThat(probe.fingerprint()).isEqualTo("1a30ba71cca2921f");
        assertThat(probe.status()).isEqualTo(AlertStatus.FIRING);
        assertThat(probe.name()).isEqualTo("ProbeFailure");
        assertThat(probe.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(probe.summary()).isEqualTo("BlackBox Probe Failure");
        assertThat(probe.startsAt()).isEqualTo(Instant.parse("2023-02-06T13:08:45.828Z"));
        assertThat(probe.endsAt()).isEmpty();
        assertThat(probe.labels()).containsEntry("job", "http_checks");
        DeliveredAlert disk = alerts.get(1);
        assertThat(disk.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(disk.index()).isEqualTo(1);
        assertThat(disk.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(disk.summary()).isEqualTo("/data above 95%");
        assertThat(disk.endsAt()).contains(Instant.parse("2023-02-06T04:30:00Z"));
    }

    @Test
    void anAlertmanagerAlertWithoutFingerprintGetsOneFromItsLabelsAndAnUnknownSeverityTheDefault() {
        String old = ALERTMANAGER.replace("\"fingerprint\": \"1a30ba71cca2921f\"", "\"fingerprint\": \"\"")
                .replace("\"severity\": \"critical\"}", "\"severity\": \"p3\"}");

        DeliveredAlert first = read(AlertSourceKind.ALERTMANAGER, old).get(0);
        DeliveredAlert again = read(AlertSourceKind.ALERTMANAGER, old).get(0);

        assertThat(first.fingerprint()).hasSize(16).isEqualTo(again.fingerprint());
        assertThat(first.severity()).isEqualTo(AlertSeverity.WARNING);
        assertThat(new AlertFormats(AlertSeverity.INFO).read(AlertSourceKind.ALERTMANAGER, old.getBytes(UTF_8)).get(0)
                .severity()).isEqualTo(AlertSeverity.INFO);
    }

    @Test
    void aCutOffOrWronglyTypedDeliveryIsRefusedNamingTheField() {
        assertThat(refused(AlertSourceKind.ALERTMANAGER, ALERTMANAGER.substring(0, 400)).field()).isEqualTo("body");
        assertThat(refused(AlertSourceKind.ALERTMANAGER, "").field()).isEqualTo("body");
        assertThat(refused(AlertSourceKind.ALERTMANAGER, "[]").field()).isEqualTo("body");
        assertThat(refused(AlertSourceKind.ALERTMANAGER, "{\"version\":\"4\"}").field()).isEqualTo("/alerts");
        assertThat(refused(AlertSourceKind.ALERTMANAGER, ALERTMANAGER.replace("\"2023-02-06T13:08:45.828Z\"", "12"))
                .field()).isEqualTo("/alerts/0/startsAt");
        assertThat(refused(AlertSourceKind.ALERTMANAGER, ALERTMANAGER.replace("\"2023-02-06T13:08:45.828Z\"",
                "\"yesterday\"")).field()).isEqualTo("/alerts/0/startsAt");
        assertThat(refused(AlertSourceKind.ALERTMANAGER, ALERTMANAGER.replace("\"status\": \"resolved\"",
                "\"status\": \"gone\"")).field()).isEqualTo("/alerts/1/status");
        assertThat(refused(AlertSourceKind.ALERTMANAGER, ALERTMANAGER.replace("\"endsAt\": \"2023-02-06T12:30:00+08:00\"",
                "\"endsAt\": \"0001-01-01T00:00:00Z\"")).field()).isEqualTo("/alerts/1/endsAt");
        assertThat(refused(AlertSourceKind.ALERTMANAGER, ALERTMANAGER.replace("\"job\": \"http_checks\"",
                "\"job\": 7")).field()).isEqualTo("/alerts/0/labels/job");
        assertThat(refused(AlertSourceKind.ALERTMANAGER, ALERTMANAGER.replace("\"version\": \"4\"",
                "\"version\": \"3\"")).field()).isEqualTo("/version");
        assertThat(refused(AlertSourceKind.GENERIC, "{\"alerts\":[{\"id\":\"x\",\"status\":\"firing\"}]}").field())
                .isEqualTo("/alerts/0/name");
    }

    @Test
    void theZabbixScriptsProblemAndRecoveryReadWithTheEventIdAsFingerprint() {
        String problem = """
                {"event_id":"8812","event_value":"1","severity":"5","severity_name":"Disaster",
                 "trigger_name":"HIS database down","host":"his-db01","host_ip":"10.10.1.11",
                 "event_date":"2026.03.02","event_time":"07:55:10","recovery_date":"","recovery_time":"",
                 "timezone":"+08:00","tags":[{"tag":"scope","value":"availability"}],"asset_tag":"SRV-HIS-DB01"}""";

        DeliveredAlert fired = read(AlertSourceKind.ZABBIX, problem).get(0);
        DeliveredAlert recovered = read(AlertSourceKind.ZABBIX, problem.replace("\"event_value\":\"1\"",
                "\"event_value\":\"0\"").replace("\"recovery_date\":\"\",\"recovery_time\":\"\"",
                "\"recovery_date\":\"2026.03.02\",\"recovery_time\":\"08:10:00\"")).get(0);

        assertThat(fired.fingerprint()).isEqualTo("8812").isEqualTo(recovered.fingerprint());
        assertThat(fired.status()).isEqualTo(AlertStatus.FIRING);
        assertThat(fired.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(fired.startsAt()).isEqualTo(Instant.parse("2026-03-01T23:55:10Z"));
        assertThat(fired.summary()).isEqualTo("HIS database down on his-db01");
        assertThat(fired.labels()).containsEntry("host", "his-db01").containsEntry("ip", "10.10.1.11")
                .containsEntry("asset_tag", "SRV-HIS-DB01").containsEntry("scope", "availability")
                .containsEntry("severity", "Disaster");
        assertThat(recovered.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(recovered.endsAt()).contains(Instant.parse("2026-03-02T00:10:00Z"));
        assertThat(refused(AlertSourceKind.ZABBIX, problem.replace("\"event_value\":\"1\"", "\"event_value\":\"2\""))
                .field()).isEqualTo("/event_value");
        assertThat(refused(AlertSourceKind.ZABBIX, problem.replace("2026.03.02", "02/03/2026")).field())
                .isEqualTo("/event_date");
        assertThat(refused(AlertSourceKind.ZABBIX, problem.replace("\"event_value\":\"1\"", "\"event_value\":\"0\""))
                .field()).isEqualTo("/recovery_date");
    }

    @Test
    void theGenericFormatsDocumentedExampleReads() {
        List<DeliveredAlert> alerts = read(AlertSourceKind.GENERIC, """
                {"alerts":[
                  {"id":"lab-7","status":"firing","name":"AnalyserOffline","severity":"warning",
                   "startsAt":"2026-03-02T07:50:00+08:00","summary":"生化分析仪离线",
                   "labels":{"host":"lab-analyser-3","ip":"10.20.7.33"}},
                  {"id":"lab-6","status":"resolved","name":"PrinterJam","startsAt":"2026-03-02T07:00:00+08:00",
                   "endsAt":"2026-03-02T07:20:00+08:00"}]}""");

        assertThat(alerts).extracting(DeliveredAlert::fingerprint).containsExactly("lab-7", "lab-6");
        assertThat(alerts.get(0).severity()).isEqualTo(AlertSeverity.WARNING);
        assertThat(alerts.get(0).summary()).isEqualTo("生化分析仪离线");
        assertThat(alerts.get(1).summary()).isEqualTo("PrinterJam");
        assertThat(alerts.get(1).severity()).isEqualTo(AlertSeverity.WARNING);
        assertThatThrownBy(() -> read(AlertSourceKind.GENERIC, "{\"alerts\":[{\"id\":\"x\",\"status\":\"firing\","
                + "\"name\":\"n\",\"severity\":\"fatal\",\"startsAt\":\"2026-03-02T07:00:00Z\"}]}"))
                .isInstanceOfSatisfying(MalformedAlertsException.class,
                        e -> assertThat(e.field()).isEqualTo("/alerts/0/severity"));
    }
}
