package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;

/** Shortcuts over HTTP for problem management, as {@link Desk} is for the service desk. */
final class ProblemDesk {
    private final RunningApi api;

    ProblemDesk(RunningApi api) {
        this.api = api;
    }

    /** A problem about {@code category}, P3 by the incidents' matrix, managed by Zhao for {@code group}. */
    static ObjectNode problem(String summary, String category, GroupId group, JsonNode... incidents) {
        ObjectNode problem = RunningApi.object().put("summary", summary).put("description", "Seen again and again")
                .put("category", category).put("impact", "ONE_DEPARTMENT").put("urgency", "DEGRADED")
                .put("criticality", "GENERAL").put("manager", PROBLEM_MANAGER_ZHAO.staffId().value())
                .put("group", group.value());
        ArrayNode linked = problem.putArray("incidents");
        for (JsonNode incident : incidents) {
            linked.add(incident.get("id").asText());
        }
        return problem;
    }

    /** {@code actor} logs {@code problem}; asserts 201 and answers it. */
    JsonNode log(Actor actor, ObjectNode problem) {
        RunningApi.Reply reply = api.post("/api/v1/problems").as(actor).json(problem).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json();
    }

    /** Zhao logs {@code problem}. */
    JsonNode log(ObjectNode problem) {
        return log(PROBLEM_MANAGER_ZHAO, problem);
    }

    /** A step on a problem with the ETag of {@code problem}; asserts it succeeded and answers the changed problem. */
    JsonNode step(Actor actor, JsonNode problem, String action, Object body) {
        RunningApi.Reply reply = attempt(actor, problem, action, body);
        assertThat(reply.status()).as("%s %s", action, reply).isEqualTo(200);
        assertThat(reply.etag()).isEqualTo("\"" + reply.json().get("version").asLong() + "\"");
        return reply.json();
    }

    RunningApi.Reply attempt(Actor actor, JsonNode problem, String action, Object body) {
        RunningApi.Call call = api.post(path(problem) + "/" + action).as(actor).header("If-Match", etag(problem));
        return (body == null ? call : call.json(body)).send();
    }

    /**
     * Zhao brings a logged problem to a known error: investigated, two whys, the cause (a
     * configuration), a workaround, published.
     */
    JsonNode knownError(JsonNode problem) {
        problem = step(PROBLEM_MANAGER_ZHAO, problem, "investigate", null);
        problem = step(PROBLEM_MANAGER_ZHAO, problem, "add-analysis-step", RunningApi.object()
                .put("question", "Why do the printers jam?").put("answer", "The toner clumps"));
        problem = step(PROBLEM_MANAGER_ZHAO, problem, "identify-root-cause", RunningApi.object()
                .put("category", "CONFIGURATION").put("statement", "Toner of the wrong supplier in stock"));
        problem = step(PROBLEM_MANAGER_ZHAO, problem, "record-workaround", RunningApi.object()
                .put("workaround", "Shake the cartridge and print a cleaning page"));
        return step(PROBLEM_MANAGER_ZHAO, problem, "publish-known-error", null);
    }

    /** The problem as {@code actor} reads it; asserts 200. */
    JsonNode read(Actor actor, JsonNode problem) {
        RunningApi.Reply reply = api.get(path(problem)).as(actor).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    /** The history as {@code actor} reads it: {@code type:actor} per event. */
    List<String> history(Actor actor, JsonNode problem) {
        RunningApi.Reply reply = api.get(path(problem) + "/history").as(actor).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        List<String> events = new ArrayList<>();
        reply.json().get("events").forEach(e -> events.add(e.get("type").asText() + ":" + e.get("actor").asText()));
        return events;
    }

    static String path(JsonNode problem) {
        return "/api/v1/problems/" + problem.get("id").asText();
    }

    static String etag(JsonNode problem) {
        return "\"" + problem.get("version").asLong() + "\"";
    }
}
