package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.HIS_VENDOR;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;
import static org.itilhis.testkit.DemoHospital.VENDOR_ENGINEER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's conventions on problems: idempotent logging, conditional steps ({@code If-Match},
 * {@code If-None-Match}), cursor pages, a problem outside the reader's sight answered as one
 * that does not exist, the analysis withheld from the desk, and every refusal a problem+json
 * naming the field or the steps allowed now, in English and Chinese, changing nothing.
 */
class ProblemHttpTest {
    private static RunningApi api;
    private static Desk desk;
    private static ProblemDesk problems;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        desk = new Desk(api);
        problems = new ProblemDesk(api);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aRetryWithTheSameKeyLogsNothingNewAndAnotherRequestWithItIsRefused() {
        ObjectNode body = ProblemDesk.problem("Scanner drivers crash", "desktop", DESKTOP);
        RunningApi.Reply first = api.post("/api/v1/problems").as(SPECIALIST_HUANG).header("Idempotency-Key", "scan-1")
                .json(body).send();
        int events = api.eventCount();

        RunningApi.Reply retry = api.post("/api/v1/problems").as(SPECIALIST_HUANG).header("Idempotency-Key", "scan-1")
                .json(body).send();

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(api.eventCount()).isEqualTo(events);
        Problems.refused(api, 422, "request.idempotency-key-reused", () -> api.post("/api/v1/problems")
                .as(SPECIALIST_HUANG).header("Idempotency-Key", "scan-1").json(body.put("summary", "Other")).send());
    }

    @Test
    void anInvalidProblemNamesEveryFieldInTheReadersLanguage() {
        ObjectNode body = ProblemDesk.problem(" ", "printer..jam", DESKTOP).put("manager", "")
                .put("urgency", "SOMETIME");
        body.putArray("incidents").add("INC-2026-000001");

        JsonNode english = Problems.refused(api, 400, "request.invalid",
                () -> api.post("/api/v1/problems").as(PROBLEM_MANAGER_ZHAO).json(body).send());
        JsonNode chinese = Problems.refused(api, 400, "request.invalid", () -> api.post("/api/v1/problems")
                .as(PROBLEM_MANAGER_ZHAO).header("Accept-Language", "zh-CN").json(body).send());

        assertThat(Problems.fields(english)).containsExactly("category", "incidents[0]", "manager", "summary");
        assertThat(english.get("errors").toString()).contains("must be a category code");
        assertThat(chinese.get("errors").toString()).contains("必须是分类代码", "标识").doesNotContain("must be");
        JsonNode level = Problems.refused(api, 400, "command.invalid", () -> api.post("/api/v1/problems")
                .as(PROBLEM_MANAGER_ZHAO).header("Accept-Language", "zh-CN")
                .json(ProblemDesk.problem("Slow", "his", HIS_SUPPORT).put("urgency", "LATER")).send());
        assertThat(Problems.fields(level)).containsExactly("urgency");
        assertThat(level.at("/errors/0/message").asText()).containsPattern("\\p{IsHan}");
    }

    @Test
    void aProblemIsReadByIdOrNumberWithItsETagAndTheReaderSeesOnlyWhatTheyMay() {
        JsonNode problem = problems.knownError(problems.log(ProblemDesk.problem("Toner clumps", "printer", DESKTOP)));

        RunningApi.Reply byNumber = api.get("/api/v1/problems/" + problem.get("number").asText())
                .as(PROBLEM_MANAGER_ZHAO).send();
        RunningApi.Reply unchanged = api.get(ProblemDesk.path(problem)).as(PROBLEM_MANAGER_ZHAO)
                .header("If-None-Match", ProblemDesk.etag(problem)).send();

        assertThat(byNumber.status()).isEqualTo(200);
        assertThat(byNumber.etag()).isEqualTo(ProblemDesk.etag(problem));
        assertThat(byNumber.json().at("/analysis/workaround").asText()).startsWith("Shake the cartridge");
        assertThat(unchanged.status()).isEqualTo(304);
        JsonNode asTheDesk = problems.read(AGENT_CHEN, problem);
        assertThat(asTheDesk.has("analysis")).isFalse();
        assertThat(asTheDesk.get("workaround").asText()).startsWith("Shake the cartridge");
        Problems.refused(api, 404, "problem.not-found",
                () -> api.get(ProblemDesk.path(problem)).as(NURSE_WANG).send());
        Problems.refused(api, 404, "problem.not-found", () -> api.get(ProblemDesk.path(problem) + "/history")
                .as(VENDOR_ENGINEER).send());
        Problems.refused(api, 404, "problem.not-found", () -> problems.attempt(VENDOR_ENGINEER, problem, "close", null));
        Problems.refused(api, 404, "problem.not-found",
                () -> api.get("/api/v1/problems/" + UUID.randomUUID()).as(PROBLEM_MANAGER_ZHAO).send());
        Problems.refused(api, 400, "request.invalid",
                () -> api.get("/api/v1/problems/PRB-26-1").as(PROBLEM_MANAGER_ZHAO).send());
    }

    @Test
    void theVendorSeesTheProblemsOfItsGroupWithTheirAnalysis() {
        JsonNode theirs = problems.log(ProblemDesk.problem("HIS client freezes", "his", HIS_VENDOR));

        JsonNode read = problems.read(VENDOR_ENGINEER, theirs);

        assertThat(read.get("analysisWithheld").asBoolean()).isFalse();
        assertThat(read.at("/analysis/steps")).isEmpty();
    }

    @Test
    void aStepNeedsTheCurrentETagAndOneTheWorkflowRefusesNamesTheStepsAllowed() {
        JsonNode problem = problems.log(ProblemDesk.problem("Label printers skip", "printer", DESKTOP));
        JsonNode investigated = problems.step(PROBLEM_MANAGER_ZHAO, problem, "investigate", null);

        Problems.refused(api, 412, "problem.version-conflict",
                () -> problems.attempt(PROBLEM_MANAGER_ZHAO, problem, "cancel", object().put("reason", "Duplicate")));
        Problems.refused(api, 428, "request.precondition-required", () -> api.post(ProblemDesk.path(problem)
                + "/investigate").as(PROBLEM_MANAGER_ZHAO).send());
        JsonNode illegal = Problems.refused(api, 409, "workflow.illegal-transition",
                () -> problems.attempt(PROBLEM_MANAGER_ZHAO, investigated, "publish-known-error", null));
        assertThat(illegal.get("allowedActions")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("add-analysis-step", "identify-root-cause", "cancel");
        JsonNode chinese = Problems.refused(api, 409, "workflow.illegal-transition", () -> api.post(
                ProblemDesk.path(investigated) + "/close").as(PROBLEM_MANAGER_ZHAO)
                .header("If-Match", ProblemDesk.etag(investigated)).header("Accept-Language", "zh-CN").send());
        assertThat(chinese.get("detail").asText()).containsPattern("\\p{IsHan}");
        Problems.refused(api, 400, "request.body-required",
                () -> problems.attempt(PROBLEM_MANAGER_ZHAO, investigated, "identify-root-cause", null));
        JsonNode blank = Problems.refused(api, 400, "request.invalid", () -> problems.attempt(PROBLEM_MANAGER_ZHAO,
                investigated, "identify-root-cause", object().put("statement", " ")));
        assertThat(Problems.fields(blank)).containsExactly("category", "statement");
    }

    @Test
    void theProblemManagerReprioritisesReassignsReopensClosesAndCancels() {
        JsonNode problem = problems.knownError(problems.log(ProblemDesk.problem("Badge printers fade", "printer",
                DESKTOP)));
        problem = problems.step(PROBLEM_MANAGER_ZHAO, problem, "reprioritise", object().put("impact", "WHOLE_HOSPITAL")
                .put("urgency", "DEGRADED").put("criticality", "IMPORTANT").put("reason", "Every ward has one"));
        problem = problems.step(PROBLEM_MANAGER_ZHAO, problem, "reassign",
                object().put("manager", "PM001").put("group", HIS_SUPPORT.value()));
        problem = problems.step(PROBLEM_MANAGER_ZHAO, problem, "record-permanent-fix",
                object().put("permanentFix", "New ribbons"));
        problem = problems.step(PROBLEM_MANAGER_ZHAO, problem, "resolve", object().put("note", "Ribbons replaced"));
        problem = problems.step(PROBLEM_MANAGER_ZHAO, problem, "reopen", object().put("reason", "Fades again"));

        assertThat(problem.get("status").asText()).isEqualTo("UNDER_INVESTIGATION");
        assertThat(problem.get("group").asText()).isEqualTo(HIS_SUPPORT.value());
        assertThat(problem.get("priority").asText()).isNotEqualTo("P3");
        assertThat(problem.has("resolution")).isFalse();
        assertThat(problem.at("/analysis/permanentFix").isMissingNode()).as("forgotten on reopening").isTrue();
        JsonNode cancelled = problems.step(PROBLEM_MANAGER_ZHAO, problem, "cancel", object().put("reason", "Replaced"));
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("allowedActions")).isEmpty();

        JsonNode other = problems.step(PROBLEM_MANAGER_ZHAO, problems.knownError(problems.log(ProblemDesk.problem(
                "Badge printers jam", "printer", DESKTOP))), "record-permanent-fix", object().put("permanentFix", "Oil"));
        other = problems.step(PROBLEM_MANAGER_ZHAO, other, "resolve", object().put("note", "Oiled"));
        assertThat(problems.step(PROBLEM_MANAGER_ZHAO, other, "close", null).get("status").asText())
                .isEqualTo("CLOSED");
    }

    @Test
    void theRightsOfEachRoleAreTheCoresAndARefusalChangesNothing() {
        JsonNode problem = problems.log(ProblemDesk.problem("Monitors flicker", "desktop", DESKTOP));

        Problems.refused(api, 403, "access.denied", () -> problems.attempt(AGENT_CHEN, problem, "investigate", null));
        Problems.refused(api, 403, "access.denied", () -> problems.attempt(LEAD_WU, problem, "investigate", null));
        Problems.refused(api, 403, "access.denied", () -> api.post("/api/v1/problems").as(AGENT_CHEN)
                .json(ProblemDesk.problem("Anything", "desktop", DESKTOP)).send());
        Problems.refused(api, 422, "assignment.unknown-group", () -> problems.attempt(PROBLEM_MANAGER_ZHAO, problem,
                "reassign", object().put("manager", "PM001").put("group", "nobody")));
    }

    @Test
    void anIncidentIsLinkedOnceAndOnlyWhileItIsAnOpenIncident() {
        JsonNode incident = desk.printerIncident();
        JsonNode problem = problems.log(ProblemDesk.problem("Printer spooler stalls", "printer", DESKTOP, incident));
        JsonNode cancelled = desk.step(AGENT_CHEN, desk.printerIncident(), "cancel", object().put("reason", "Twice"));
        JsonNode contact = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Need a new account"));
        JsonNode request = desk.raise(contact.get("id").asText(),
                Desk.incident("Account", "account", "ONE_PERSON", "NO_CLINICAL_EFFECT").put("type", "SERVICE_REQUEST"));

        Problems.refused(api, 409, "problem.incident-already-linked", () -> problems.attempt(PROBLEM_MANAGER_ZHAO,
                problem, "incidents", object().put("incident", incident.get("id").asText())));
        Problems.refused(api, 409, "problem.incident-ended", () -> problems.attempt(PROBLEM_MANAGER_ZHAO, problem,
                "incidents", object().put("incident", cancelled.get("id").asText())));
        Problems.refused(api, 422, "problem.not-an-incident", () -> problems.attempt(PROBLEM_MANAGER_ZHAO, problem,
                "incidents", object().put("incident", request.get("id").asText())));
        Problems.refused(api, 404, "ticket.not-found", () -> problems.attempt(PROBLEM_MANAGER_ZHAO, problem,
                "incidents", object().put("incident", UUID.randomUUID().toString())));
        Problems.refused(api, 409, "problem.incident-not-linked", () -> api.delete(ProblemDesk.path(problem)
                + "/incidents/" + cancelled.get("id").asText()).as(PROBLEM_MANAGER_ZHAO)
                .header("If-Match", ProblemDesk.etag(problem)).send());
        JsonNode invalid = Problems.refused(api, 400, "request.invalid", () -> api.delete(ProblemDesk.path(problem)
                + "/incidents/INC-1").as(PROBLEM_MANAGER_ZHAO).header("If-Match", ProblemDesk.etag(problem)).send());
        assertThat(Problems.fields(invalid)).containsExactly("incident");
    }

    @Test
    void anAffectedItemMustBeInTheCmdbAndCanBeRemovedAgain() {
        JsonNode printer = new Estate(api).register(new Estate(api).printer("PRN-PRB"));
        JsonNode problem = problems.log(ProblemDesk.problem("Fuser wears out", "printer", DESKTOP));

        Problems.refused(api, 404, "cmdb.ci-not-found", () -> problems.attempt(PROBLEM_MANAGER_ZHAO, problem,
                "affected-cis", object().put("ci", UUID.randomUUID().toString())));
        JsonNode affected = problems.step(PROBLEM_MANAGER_ZHAO, problem, "affected-cis",
                object().put("ci", printer.get("id").asText()));
        assertThat(affected.get("affectedCis")).extracting(JsonNode::asText).containsExactly(printer.get("id").asText());
        RunningApi.Reply removed = api.delete(ProblemDesk.path(affected) + "/affected-cis/" + printer.get("id").asText())
                .as(PROBLEM_MANAGER_ZHAO).header("If-Match", ProblemDesk.etag(affected)).send();
        assertThat(removed.status()).as("%s", removed).isEqualTo(200);
        assertThat(removed.json().get("affectedCis")).isEmpty();
    }

    @Test
    void aWorkaroundIsAppliedToAContactOrATicketNeverBoth() {
        JsonNode problem = problems.knownError(problems.log(ProblemDesk.problem("Paper curls", "printer", DESKTOP)));
        JsonNode incident = desk.printerIncident();

        JsonNode both = Problems.refused(api, 400, "request.invalid", () -> problems.attempt(AGENT_CHEN, problem,
                "apply-workaround", object().put("ticket", incident.get("id").asText())
                        .put("contact", UUID.randomUUID().toString())));
        assertThat(Problems.fields(both)).containsExactly("contact");
        JsonNode applied = problems.step(AGENT_CHEN, problem, "apply-workaround",
                object().put("ticket", incident.get("id").asText()));
        assertThat(applied.get("timesUsed").asInt()).isEqualTo(1);
        Problems.refused(api, 404, "contact.not-found", () -> problems.attempt(AGENT_CHEN, applied,
                "apply-workaround", object().put("contact", UUID.randomUUID().toString())));
    }

    @Test
    void theSearchPagesByNumberThroughEveryMatch() {
        List<String> logged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            logged.add(problems.log(ProblemDesk.problem("Pharmacy label " + i + " misprints", "his.pharmacy",
                    HIS_SUPPORT)).get("number").asText());
        }

        List<String> found = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            RunningApi.Reply page = api.get("/api/v1/problems?group=his-second-line&q=LABEL&status=logged&limit=2"
                    + (next == null ? "" : "&cursor=" + next)).as(LEAD_WU).send();
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            page.json().get("items").forEach(item -> found.add(item.get("number").asText()));
            next = page.json().path("next").textValue();
            pages++;
        } while (next != null);

        assertThat(found).containsExactlyElementsOf(logged);
        assertThat(pages).isEqualTo(3);
        assertThat(api.get("/api/v1/problems").as(NURSE_WANG).send().json().get("items")).isEmpty();
        JsonNode invalid = Problems.refused(api, 400, "request.invalid", () -> api.get(
                "/api/v1/problems?status=SOLVED&incident=42&limit=0&cursor=nonsense").as(LEAD_WU).send());
        assertThat(Problems.fields(invalid)).containsExactlyInAnyOrder("status", "incident", "limit", "cursor");
    }

    @Test
    void theKnownErrorsAreListedWithTheirWorkaroundAndOnlyKnownErrorsAreFoundThere() {
        JsonNode known = problems.knownError(problems.log(ProblemDesk.problem("Duplex unit jams", "printer", DESKTOP)));
        JsonNode notYet = problems.log(ProblemDesk.problem("Duplex unit squeaks", "printer", DESKTOP));

        JsonNode list = api.get("/api/v1/known-errors?q=duplex").as(AGENT_CHEN).send().json();

        assertThat(list.get("items")).extracting(item -> item.get("number").asText())
                .containsExactly(known.get("number").asText());
        assertThat(list.at("/items/0/workaround").asText()).startsWith("Shake the cartridge");
        assertThat(list.at("/items/0/timesUsed").asInt()).isZero();
        Problems.refused(api, 404, "problem.not-found",
                () -> api.get("/api/v1/known-errors/" + notYet.get("number").asText()).as(AGENT_CHEN).send());
        RunningApi.Reply one = api.get("/api/v1/known-errors/" + known.get("id").asText()).as(AGENT_CHEN).send();
        assertThat(one.etag()).isEqualTo(ProblemDesk.etag(known));
    }
}
