package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proactive problem detection over HTTP: three incidents on one printer within the week make a
 * candidate problem for the problem manager, who accepts it (a problem logged with them linked)
 * or dismisses it with a reason (it comes back only with three new incidents). One server per
 * test: candidates are computed from every incident of the last days.
 */
class ProblemCandidatesHttpTest {
    private RunningApi api;
    private Desk desk;
    private Estate estate;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        desk = new Desk(api);
        estate = new Estate(api);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void threeIncidentsOnOnePrinterAreACandidateThatTheProblemManagerAccepts() {
        JsonNode printer = estate.register(estate.printer("PRN-CAND"));
        List<String> incidents = incidentsOn(printer, 3);

        JsonNode candidates = list();
        assertThat(candidates.get("items")).hasSize(1);
        JsonNode candidate = candidates.at("/items/0");
        assertThat(candidate.get("rule").asText()).isEqualTo("same-ci");
        assertThat(candidate.get("key").asText()).isEqualTo("ci:" + printer.get("id").asText());
        assertThat(candidate.get("incidents")).extracting(i -> i.get("id").asText()).containsExactlyElementsOf(incidents);

        RunningApi.Reply accepted = accept(candidate, "accept-1");
        RunningApi.Reply retried = accept(candidate, "accept-1");

        assertThat(accepted.status()).as("%s", accepted).isEqualTo(201);
        assertThat(accepted.header("Location")).contains("/api/v1/problems/");
        assertThat(accepted.json().get("linkedIncidents")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(incidents);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json().get("id")).isEqualTo(accepted.json().get("id"));
        assertThat(list().get("items")).as("its incidents are linked to a problem now").isEmpty();
        Problems.refused(api, 404, "problem.candidate-not-found", () -> accept(candidate, "accept-2"));
    }

    @Test
    void aDismissedCandidateComesBackOnlyWithNewIncidents() {
        JsonNode printer = estate.register(estate.printer("PRN-DISMISS"));
        incidentsOn(printer, 3);
        JsonNode candidate = list().at("/items/0");

        RunningApi.Reply dismissed = dismiss(candidate, "A ward training day: paper loaded wrongly");

        assertThat(dismissed.status()).as("%s", dismissed).isEqualTo(204);
        assertThat(list().get("items")).isEmpty();
        JsonNode dismissals = api.get("/api/v1/problem-candidates/dismissals").as(PROBLEM_MANAGER_ZHAO).send().json();
        assertThat(dismissals.get("items")).last().satisfies(kept -> {
            assertThat(kept.get("key").asText()).isEqualTo(candidate.get("key").asText());
            assertThat(kept.get("dismissedBy").asText()).isEqualTo(PROBLEM_MANAGER_ZHAO.staffId().value());
            assertThat(kept.get("reason").asText()).isEqualTo("A ward training day: paper loaded wrongly");
        });
        Problems.refused(api, 403, "access.denied",
                () -> api.get("/api/v1/problem-candidates/dismissals").as(AGENT_CHEN).send());
        Problems.refused(api, 404, "problem.candidate-not-found", () -> dismiss(candidate, "Again"));
        api.desk.clock.advance(Duration.ofHours(1));
        List<String> fresh = incidentsOn(printer, 3);
        assertThat(list().get("items")).singleElement().satisfies(back -> assertThat(back.get("incidents"))
                .extracting(i -> i.get("id").asText()).containsExactlyElementsOf(fresh));
    }

    @Test
    void onlyTheProblemManagerDecidesAndABadRequestNamesItsField() {
        incidentsOn(estate.register(estate.printer("PRN-RIGHTS")), 3);
        JsonNode candidate = list().at("/items/0");

        Problems.refused(api, 403, "access.denied",
                () -> api.get("/api/v1/problem-candidates").as(AGENT_CHEN).send());
        assertThat(api.get("/api/v1/problem-candidates").as(DIRECTOR_GAO).send().json().get("items")).hasSize(1);
        Problems.refused(api, 403, "access.denied", () -> api.post("/api/v1/problem-candidates/"
                + candidate.get("id").asText() + "/dismiss").as(DIRECTOR_GAO).json(object().put("reason", "No"))
                .send());
        JsonNode invalid = Problems.refused(api, 400, "request.invalid", () -> api.post("/api/v1/problem-candidates/"
                + candidate.get("id").asText() + "/accept").as(PROBLEM_MANAGER_ZHAO)
                .json(ProblemDesk.problem("", "printer", DESKTOP)).send());
        assertThat(Problems.fields(invalid)).containsExactly("summary");
        JsonNode unknown = Problems.refused(api, 400, "request.invalid", () -> api.post(
                "/api/v1/problem-candidates/not-a-candidate!/dismiss").as(PROBLEM_MANAGER_ZHAO)
                .json(object().put("reason", "No")).send());
        assertThat(Problems.fields(unknown)).containsExactly("id");
        Problems.refused(api, 400, "request.invalid", () -> dismiss(candidate, " "));
    }

    private JsonNode list() {
        RunningApi.Reply reply = api.get("/api/v1/problem-candidates").as(PROBLEM_MANAGER_ZHAO).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    private RunningApi.Reply accept(JsonNode candidate, String key) {
        return api.post("/api/v1/problem-candidates/" + candidate.get("id").asText() + "/accept")
                .as(PROBLEM_MANAGER_ZHAO).header("Idempotency-Key", key)
                .json(ProblemDesk.problem("The ward printer jams", "printer", DESKTOP)).send();
    }

    private RunningApi.Reply dismiss(JsonNode candidate, String reason) {
        return api.post("/api/v1/problem-candidates/" + candidate.get("id").asText() + "/dismiss")
                .as(PROBLEM_MANAGER_ZHAO).json(object().put("reason", reason)).send();
    }

    /** {@code count} incidents raised by the desk against {@code item}; answers their ids, oldest first. */
    private List<String> incidentsOn(JsonNode item, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String incident = desk.printerIncident().get("id").asText();
            RunningApi.Reply recorded = api.post("/api/v1/tickets/" + incident + "/affected-cis").as(AGENT_CHEN)
                    .json(object().set("cis", RunningApi.JSON.createArrayNode().add(item.get("id").asText()))).send();
            assertThat(recorded.status()).as("%s", recorded).isEqualTo(200);
            ids.add(incident);
            api.desk.clock.advance(Duration.ofMinutes(1));
        }
        return ids;
    }
}
