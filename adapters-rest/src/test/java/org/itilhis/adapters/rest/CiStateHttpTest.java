package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.monitoring.AlertSeverity;
import org.itilhis.core.monitoring.AlertStatus;
import org.itilhis.core.monitoring.ReceivedAlert;
import org.itilhis.ports.monitoring.out.StoredAlert;
import org.itilhis.testkit.DemoCmdb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The estate's observed state over HTTP: the core switch of the demo hospital stops answering
 * and an HIS server warns; the desk sees the items not operational, what they affect now, and
 * the incident each alert became.
 */
class CiStateHttpTest {
    private RunningApi api;
    private DemoCmdb.Estate estate;
    private StoredAlert switchDown;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        estate = DemoCmdb.loadInto(api.desk.cmdb, CONFIG_MANAGER_QIAN);
        Instant now = api.desk.clock.instant();
        switchDown = receive("sw", "SwitchDown", AlertSeverity.CRITICAL, now, estate.coreSwitch());
        receive("srv", "HighLoad", AlertSeverity.WARNING, now, estate.hisCluster().get(0));
        api.correlation.correlation.correlator().runOnce();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private StoredAlert receive(String fingerprint, String name, AlertSeverity severity, Instant at, CiId ci) {
        return api.correlation.alerts.record(new ReceivedAlert("prometheus-core", fingerprint, AlertStatus.FIRING, name,
                severity, at, Optional.empty(), name, ImmutableMap.of()), Optional.of(ci), at).alert();
    }

    @Test
    void theDeskPagesThroughTheItemsNotOperationalWithTheirFiringAlerts() {
        RunningApi.Reply first = api.get("/api/v1/ci-states?limit=1").as(AGENT_CHEN).send();
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        JsonNode item = first.json().get("items").get(0);
        String next = first.json().get("next").asText();
        RunningApi.Reply second = api.get("/api/v1/ci-states?limit=1&after=" + next).as(AGENT_CHEN).send();

        assertThat(item.get("ci").asText()).isEqualTo(next);
        assertThat(item.get("firing")).hasSize(1);
        assertThat(second.status()).as("%s", second).isEqualTo(200);
        assertThat(second.json().get("items")).hasSize(1);
        assertThat(second.json().has("next")).isFalse();
        assertThat(java.util.List.of(item.get("state").asText(), second.json().get("items").get(0).get("state")
                .asText())).containsExactlyInAnyOrder("DOWN", "DEGRADED");
    }

    @Test
    void whatIsAffectedNowNamesTheBusinessServicesTheSwitchTakesDown() {
        RunningApi.Reply impact = api.get("/api/v1/ci-states/impact").as(AGENT_CHEN).send();

        assertThat(impact.status()).as("%s", impact).isEqualTo(200);
        assertThat(impact.json().get("observedDown").asLong()).isEqualTo(1);
        assertThat(impact.json().get("observedDegraded").asLong()).isEqualTo(1);
        assertThat(impact.json().get("businessServicesAffected").asInt()).isPositive();
        JsonNode service = impact.json().get("businessServices").get(0);
        assertThat(service.get("path").get(0).asText()).isIn(estate.coreSwitch().toString(),
                estate.hisCluster().get(0).toString());
    }

    @Test
    void theAlertShowsItsIncident() {
        RunningApi.Reply incident = api.get("/api/v1/alerts/" + switchDown.position() + "/incident").as(AGENT_CHEN)
                .send();
        RunningApi.Reply none = api.get("/api/v1/alerts/999/incident").as(AGENT_CHEN).send();
        RunningApi.Reply odd = api.get("/api/v1/alerts/zero/incident").as(AGENT_CHEN).send();

        assertThat(incident.status()).as("%s", incident).isEqualTo(200);
        assertThat(incident.json().get("status").asText()).isNotBlank();
        assertThat(incident.json().get("number").asText()).isNotBlank();
        assertThat(none.status()).as("%s", none).isEqualTo(404);
        assertThat(odd.status()).as("%s", odd).isEqualTo(400);
    }

    @Test
    void aNurseMayNotViewMonitoring() {
        assertThat(api.get("/api/v1/ci-states").as(NURSE_WANG).send().status()).isEqualTo(403);
        assertThat(api.get("/api/v1/ci-states/impact").as(NURSE_WANG).send().status()).isEqualTo(403);
    }
}
