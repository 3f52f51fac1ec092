package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.itilhis.adapters.rest.TicketStates.State;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's story over HTTP: the ward printers jam again and again; problem manager Zhao logs
 * a problem with the incidents linked, investigates it, states the cause, records a workaround
 * and publishes the known error; the desk, which never reads the analysis, solves the next
 * call with the known error's workaround and the known error counts the use; once the fix is
 * in, resolving the problem resolves the incidents still in progress, each with its own event;
 * every incident shows its problem, but not to the nurse who called.
 */
class ProblemStoryHttpTest {
    private static RunningApi api;
    private static Desk desk;
    private static TicketStates tickets;
    private static ProblemDesk problems;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        desk = new Desk(api);
        tickets = new TicketStates(api);
        problems = new ProblemDesk(api);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theJammingPrintersGoFromIncidentsToAKnownErrorToAResolvedProblem() {
        JsonNode first = tickets.bring(NURSE_WANG, DESKTOP, State.IN_PROGRESS);
        JsonNode second = tickets.bring(CLERK_LI, DESKTOP, State.IN_PROGRESS);
        JsonNode waiting = tickets.bring(NURSE_WANG, DESKTOP, State.OPEN);

        RunningApi.Reply logged = api.post("/api/v1/problems").as(PROBLEM_MANAGER_ZHAO)
                .header("Idempotency-Key", "printers-jam-1")
                .json(ProblemDesk.problem("Ward printers jam", "printer", DESKTOP, first, second, waiting)).send();
        assertThat(logged.status()).as("%s", logged).isEqualTo(201);
        JsonNode problem = logged.json();
        assertThat(logged.header("Location")).endsWith("/api/v1/problems/" + problem.get("id").asText());
        assertThat(logged.etag()).isEqualTo(ProblemDesk.etag(problem));
        assertThat(problem.get("number").asText()).startsWith("PRB-2026-");
        assertThat(problem.get("status").asText()).isEqualTo("LOGGED");
        assertThat(problem.get("priority").asText()).isEqualTo("P3");
        assertThat(problem.get("linkedIncidents")).hasSize(3);
        assertThat(problem.get("allowedActions")).extracting(JsonNode::asText).containsExactly("cancel", "investigate");

        problem = problems.knownError(problem);
        assertThat(problem.get("status").asText()).isEqualTo("KNOWN_ERROR");
        assertThat(problem.at("/analysis/rootCause/category").asText()).isEqualTo("CONFIGURATION");
        assertThat(problem.at("/analysis/steps")).hasSize(1);

        JsonNode asTheDesk = problems.read(AGENT_CHEN, problem);
        assertThat(asTheDesk.has("analysis")).isFalse();
        assertThat(asTheDesk.get("analysisWithheld").asBoolean()).isTrue();
        assertThat(asTheDesk.get("workaround").asText()).isEqualTo("Shake the cartridge and print a cleaning page");

        JsonNode call = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "The printer jams again"));
        JsonNode matches = api.get("/api/v1/contacts/" + call.get("id").asText() + "/known-errors").as(AGENT_CHEN)
                .send().json();
        assertThat(matches.get("record").asText()).isEqualTo(call.get("id").asText());
        assertThat(matches.at("/knownErrors/0/number").asText()).isEqualTo(problem.get("number").asText());
        assertThat(matches.at("/knownErrors/0/workaround").asText())
                .isEqualTo("Shake the cartridge and print a cleaning page");
        assertThat(matches.at("/knownErrors/0/reasons/0/kind").asText()).isEqualTo("SIMILAR_TEXT");
        RunningApi.Reply byTheCaller = api.get("/api/v1/contacts/" + call.get("id").asText() + "/known-errors")
                .as(NURSE_WANG).send();
        assertThat(byTheCaller.status()).as("%s", byTheCaller).isEqualTo(200);
        assertThat(byTheCaller.json().get("knownErrors")).as("a reporter is shown no known error").isEmpty();
        JsonNode forTheIncident = api.get(Desk.path(first) + "/known-errors").as(ENGINEER_ZHOU).send().json();
        assertThat(forTheIncident.at("/knownErrors/0/number").asText()).isEqualTo(problem.get("number").asText());
        assertThat(forTheIncident.at("/knownErrors/0/explanation/0").asText()).startsWith("SAME_CATEGORY printer");
        RunningApi.Reply solved = api.post("/api/v1/contacts/" + call.get("id").asText() + "/resolve-with-known-error")
                .as(AGENT_CHEN).json(object().put("knownError", problem.get("number").asText())
                        .put("note", "Told her to shake the cartridge")).send();
        assertThat(solved.status()).as("%s", solved).isEqualTo(200);
        assertThat(solved.json().get("status").asText()).isEqualTo("RESOLVED_AT_FIRST_CONTACT");
        assertThat(solved.json().at("/resolution/code").asText()).isEqualTo("WORKAROUND");
        assertThat(solved.json().at("/resolution/note").asText()).startsWith(problem.get("number").asText());
        JsonNode knownError = api.get("/api/v1/known-errors/" + problem.get("id").asText()).as(AGENT_CHEN).send()
                .json();
        assertThat(knownError.get("timesUsed").asInt()).isEqualTo(1);

        problem = problems.read(PROBLEM_MANAGER_ZHAO, problem);
        problem = problems.step(PROBLEM_MANAGER_ZHAO, problem, "record-permanent-fix",
                object().put("permanentFix", "Buy toner only from the approved supplier; old stock returned"));
        problem = problems.step(PROBLEM_MANAGER_ZHAO, problem, "resolve",
                object().put("note", "Old toner returned").put("resolveLinkedIncidents", true));
        assertThat(problem.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(problem.get("resolution").asText()).isEqualTo("Old toner returned");

        assertThat(desk.read(first).get("status").asText()).isEqualTo("RESOLVED");
        assertThat(desk.read(second).get("status").asText()).isEqualTo("RESOLVED");
        assertThat(desk.read(waiting).get("status").asText()).as("not in progress: left as it was").isEqualTo("NEW");
        assertThat(ticketHistory(first)).endsWith("ticket.resolved:PM001");
        assertThat(problems.history(PROBLEM_MANAGER_ZHAO, problem)).containsExactly("problem.logged:PM001",
                "problem.incident-linked:PM001", "problem.incident-linked:PM001", "problem.incident-linked:PM001",
                "problem.investigation-started:PM001", "problem.analysis-step-added:PM001",
                "problem.root-cause-identified:PM001", "problem.workaround-recorded:PM001",
                "problem.known-error-published:PM001", "problem.workaround-applied:S0001",
                "problem.permanent-fix-recorded:PM001", "problem.resolved:PM001");
        assertThat(problems.history(AGENT_CHEN, problem)).as("the desk reads no analysis in the history either")
                .containsExactly("problem.logged:PM001", "problem.incident-linked:PM001",
                        "problem.incident-linked:PM001", "problem.incident-linked:PM001",
                        "problem.investigation-started:PM001", "problem.known-error-published:PM001",
                        "problem.workaround-applied:S0001", "problem.resolved:PM001");
    }

    @Test
    void anIncidentShowsItsProblemToTheDeskButNotToItsCaller() {
        JsonNode incident = desk.printerIncident();
        JsonNode problem = problems.log(ProblemDesk.problem("Ward 5 printer offline", "printer", DESKTOP, incident));

        JsonNode seen = api.get(Desk.path(incident) + "/problems").as(AGENT_CHEN).send().json();
        assertThat(seen.get("number").asText()).isEqualTo(incident.get("number").asText());
        assertThat(seen.get("problems")).extracting(p -> p.get("number").asText())
                .containsExactly(problem.get("number").asText());
        assertThat(seen.at("/problems/0/incidentCount").asInt()).isEqualTo(1);

        RunningApi.Reply byTheCaller = api.get("/api/v1/incidents/" + incident.get("number").asText() + "/problems")
                .as(NURSE_WANG).send();
        assertThat(byTheCaller.status()).isEqualTo(200);
        assertThat(byTheCaller.json().get("problems")).isEmpty();
        assertThat(api.get(ProblemDesk.path(problem)).as(NURSE_WANG).send().status())
                .as("a reporter sees no problem").isEqualTo(404);
    }

    @Test
    void linkingAndUnlinkingAnIncidentAreStepsOfTheirOwn() {
        JsonNode problem = problems.log(ProblemDesk.problem("Printers lose their network", "printer", DESKTOP));
        JsonNode incident = desk.printerIncident();

        problem = problems.step(AGENT_CHEN, problem, "incidents", object().put("incident", incident.get("id").asText()));
        assertThat(problem.get("linkedIncidents")).extracting(JsonNode::asText)
                .containsExactly(incident.get("id").asText());
        RunningApi.Reply unlinked = api.delete(ProblemDesk.path(problem) + "/incidents/" + incident.get("id").asText())
                .as(ENGINEER_ZHOU).header("If-Match", ProblemDesk.etag(problem)).send();
        assertThat(unlinked.status()).as("Zhou may not link: not second line").isEqualTo(403);
        unlinked = api.delete(ProblemDesk.path(problem) + "/incidents/" + incident.get("id").asText())
                .as(AGENT_CHEN).header("If-Match", ProblemDesk.etag(problem)).send();
        assertThat(unlinked.status()).as("%s", unlinked).isEqualTo(200);
        assertThat(unlinked.json().get("linkedIncidents")).isEmpty();
        assertThat(problems.history(AGENT_CHEN, unlinked.json())).containsExactly("problem.logged:PM001",
                "problem.incident-linked:S0001", "problem.incident-unlinked:S0001");
    }

    private static List<String> ticketHistory(JsonNode ticket) {
        JsonNode history = api.get(Desk.path(ticket) + "/history").as(AGENT_CHEN).send().json();
        List<String> steps = new ArrayList<>();
        history.get("events").forEach(e -> steps.add(e.get("type").asText() + ":" + e.get("actor").asText()));
        return steps;
    }
}
