package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.Problems.refused;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CLERK_LI;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.AccessRule;
import org.itilhis.core.access.Permission;
import org.itilhis.core.access.Scope;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.Role;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.testkit.DemoHospital;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A ticket's SLA clocks and the at-risk list over HTTP, on the demo hospital's catalogue: an
 * HIS outpatient incident at P2 is measured 24x7 against 15 minutes to respond and 4 hours to
 * resolve, warned at 50% and 75%.
 */
class ClocksHttpTest {
    private RunningApi api;
    private Desk desk;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        desk = new Desk(api);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonNode hisIncident() {
        JsonNode contact = desk.logContact(Desk.contact(NURSE_WANG, "ward-5-east", "Outpatient registration freezes"));
        return desk.raise(contact.get("id").asText(), Desk.incident("Registration freezes", "his", "ONE_DEPARTMENT",
                "PATIENT_CARE_STOPPED"));
    }

    private void later(Duration by) {
        api.desk.clock.advance(by);
    }

    private RunningApi.Reply clocks(JsonNode ticket, String reference) {
        return api.get("/api/v1/tickets/" + reference + "/clocks").as(AGENT_CHEN).send();
    }

    @Test
    void aTicketsClocksShowDeadlineElapsedRemainingAndCrossedWarnings() {
        api.configureServiceLevels();
        JsonNode ticket = hisIncident();
        later(Duration.ofMinutes(12));

        RunningApi.Reply reply = clocks(ticket, ticket.get("id").asText());

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode clocks = reply.json();
        assertThat(clocks.get("ticketId").asText()).isEqualTo(ticket.get("id").asText());
        assertThat(clocks.get("number").asText()).isEqualTo(ticket.get("number").asText());
        assertThat(clocks.get("service").asText()).isEqualTo("HIS outpatient");
        assertThat(clocks.get("calendar").asText()).isEqualTo("24x7");
        Instant raised = Instant.parse(ticket.get("raisedAt").asText());
        assertThat(clocks.get("clocks")).extracting(clock -> clock.get("kind").asText())
                .containsExactly("RESPONSE", "RESOLUTION", "KEEP_IN_LOOP");
        JsonNode response = clocks.get("clocks").get(0);
        assertThat(response.get("state").asText()).isEqualTo("RUNNING");
        assertThat(response.get("priority").asText()).isEqualTo(ticket.get("priority").asText());
        assertThat(response.get("target").asText()).isEqualTo("PT15M");
        assertThat(response.get("targetSeconds").asLong()).isEqualTo(900);
        assertThat(response.get("elapsed").asText()).isEqualTo("PT12M");
        assertThat(response.get("elapsedSeconds").asLong()).isEqualTo(720);
        assertThat(response.get("remaining").asText()).isEqualTo("PT3M");
        assertThat(response.get("remainingSeconds").asLong()).isEqualTo(180);
        assertThat(response.get("percent").asLong()).isEqualTo(80);
        assertThat(response.get("paused").asBoolean()).isFalse();
        assertThat(response.get("breached").asBoolean()).isFalse();
        assertThat(response.get("crossedWarnings")).extracting(JsonNode::asInt).containsExactly(50, 75);
        assertThat(Instant.parse(response.get("startedAt").asText())).isEqualTo(raised);
        assertThat(Instant.parse(response.get("deadline").asText())).isEqualTo(raised.plus(Duration.ofMinutes(15)));
        assertThat(Instant.parse(response.get("nextThresholdAt").asText()))
                .isEqualTo(raised.plus(Duration.ofSeconds(901)));
        assertThat(response.has("stoppedAt")).isFalse();
        assertThat(response.get("explanation")).isNotEmpty();
        JsonNode resolution = clocks.get("clocks").get(1);
        assertThat(resolution.get("kind").asText()).isEqualTo("RESOLUTION");
        assertThat(resolution.get("target").asText()).isEqualTo("PT4H");
        JsonNode segment = clocks.get("segments").get(0);
        assertThat(segment.get("group").asText()).isEqualTo(ticket.get("group").asText());
        assertThat(segment.get("businessTime").asText()).isEqualTo("PT12M");
        assertThat(segment.get("businessTimeSeconds").asLong()).isEqualTo(720);
    }

    @Test
    void clocksAreFoundByTicketNumberToo() {
        api.configureServiceLevels();
        JsonNode ticket = hisIncident();

        RunningApi.Reply reply = clocks(ticket, ticket.get("number").asText());

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("ticketId").asText()).isEqualTo(ticket.get("id").asText());
    }

    @Test
    void aPausingHoldShowsThePausedResolutionClockWithoutDeadline() {
        api.configureServiceLevels();
        JsonNode ticket = desk.printerIncident();
        JsonNode started = desk.step(LEAD_SUN, desk.step(LEAD_SUN, ticket, "accept", null), "start", null);
        desk.step(LEAD_SUN, started, "hold", RunningApi.object().put("reason", "AWAITING_CALLER")
                .put("note", "the nurse is with a patient"));
        later(Duration.ofMinutes(30));

        JsonNode resolution = clocks(ticket, ticket.get("id").asText()).json().get("clocks").get(1);

        assertThat(resolution.get("state").asText()).isEqualTo("PAUSED");
        assertThat(resolution.get("paused").asBoolean()).isTrue();
        assertThat(resolution.has("deadline")).isFalse();
        JsonNode response = clocks(ticket, ticket.get("id").asText()).json().get("clocks").get(0);
        assertThat(response.get("state").asText()).isEqualTo("MET");
        assertThat(response.has("stoppedAt")).isTrue();
    }

    @Test
    void theClocksOfATicketTheActorMayNotSeeAreNotFound() {
        api.configureServiceLevels();
        JsonNode ticket = hisIncident();

        refused(api, 404, "ticket.not-found", () -> api.get("/api/v1/tickets/" + ticket.get("id").asText()
                + "/clocks").as(CLERK_LI).send());
        refused(api, 404, "ticket.not-found", () -> api.get("/api/v1/tickets/" + ticket.get("number").asText()
                + "/clocks").as(CLERK_LI).send());
        assertThat(api.get("/api/v1/tickets/" + ticket.get("id").asText() + "/clocks").as(NURSE_WANG).send()
                .status()).isEqualTo(200);
    }

    @Test
    void aMalformedTicketReferenceIsABadRequest() {
        JsonNode problem = refused(api, 400, "request.invalid", () -> api.get("/api/v1/tickets/nonsense/clocks")
                .as(AGENT_CHEN).send());
        assertThat(Problems.fields(problem)).containsExactly("id");
    }

    @Test
    void clocksBeforeAnySlaConfigurationAreAConflictInTheReadersLanguage() {
        JsonNode ticket = hisIncident();

        refused(api, 409, "sla.not-configured", () -> clocks(ticket, ticket.get("id").asText()));
        JsonNode problem = refused(api, 409, "sla.not-configured", () -> api.get("/api/v1/tickets/"
                + ticket.get("id").asText() + "/clocks").as(AGENT_CHEN).header("Accept-Language", "zh-CN").send());
        assertThat(problem.get("detail").asText()).isEqualTo("尚未保存SLA配置：请先保存服务目录");
        assertThat(problem.get("title").asText()).isEqualTo("与当前状态冲突");
    }

    @Test
    void theAtRiskListShowsBreachedTicketsFirstWithTheirNumbers() {
        api.configureServiceLevels();
        JsonNode breached = hisIncident();
        later(Duration.ofMinutes(10));
        JsonNode atRisk = hisIncident();
        later(Duration.ofMinutes(8));
        hisIncident(); // fresh: not at risk
        api.desk.levels.monitor().run(); // the monitor keeps the watch list the at-risk list reads

        RunningApi.Reply reply = api.get("/api/v1/sla/at-risk").as(DIRECTOR_GAO).send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        reply.json().get("items").forEach(item -> numbers.add(item.get("number").asText()));
        assertThat(numbers).containsExactly(breached.get("number").asText(), atRisk.get("number").asText());
        JsonNode first = reply.json().get("items").get(0);
        assertThat(first.get("ticketId").asText()).isEqualTo(breached.get("id").asText());
        assertThat(first.get("type").asText()).isEqualTo("INCIDENT");
        assertThat(first.get("service").asText()).isEqualTo("HIS outpatient");
        assertThat(first.get("breached").asBoolean()).isTrue();
        assertThat(first.get("clocks").get(0).get("state").asText()).isEqualTo("BREACHED");
        assertThat(first.get("clocks").get(0).get("remaining").asText()).isEqualTo("PT0S");
        assertThat(reply.json().get("items").get(1).get("breached").asBoolean()).isFalse();
    }

    @Test
    void theAtRiskListLeavesOutTicketsTheCallerMayNotSee() {
        // engineers see only their groups' tickets here, yet still read the at-risk list
        List<AccessRule> rules = new ArrayList<>();
        for (AccessRule rule : AccessPolicy.hospitalDefault().rules()) {
            boolean engineerViewsAll = rule.permission() == Permission.VIEW_TICKET && rule.scope() == Scope.ANY
                    && rule.role() == Role.FIRST_LINE_ENGINEER;
            rules.add(engineerViewsAll ? new AccessRule(rule.role(), rule.permission(), Scope.GROUP) : rule);
        }
        ServiceDeskSettings hospital = DemoHospital.settings();
        try (RunningApi narrow = RunningApi.start(new ServiceDeskSettings(hospital.priority(), hospital.routing(),
                AccessPolicy.of(rules), hospital.quietPeriod(), hospital.zone()))) {
            narrow.configureServiceLevels();
            Desk front = new Desk(narrow);
            JsonNode pharmacy = front.raise(front.logContact(Desk.contact(NURSE_WANG, "ward-5-east",
                    "Dispensing list empty")).get("id").asText(), Desk.incident("Dispensing list empty",
                    "his.pharmacy", "ONE_DEPARTMENT", "PATIENT_CARE_STOPPED"));
            JsonNode outpatient = front.raise(front.logContact(Desk.contact(CLERK_LI, "outpatient-registration",
                    "Registration freezes")).get("id").asText(), Desk.incident("Registration freezes", "his",
                    "ONE_DEPARTMENT", "PATIENT_CARE_STOPPED"));
            narrow.desk.clock.advance(Duration.ofMinutes(20));
            narrow.desk.levels.monitor().run();

            assertThat(atRiskNumbers(narrow, DIRECTOR_GAO)).as("both are at risk")
                    .containsExactlyInAnyOrder(pharmacy.get("number").asText(), outpatient.get("number").asText());
            RunningApi.Reply reply = narrow.get("/api/v1/sla/at-risk").as(ENGINEER_LIU).send();
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            assertThat(reply.json().get("items")).hasSize(1);
            assertThat(reply.json().at("/items/0/ticketId").asText()).isEqualTo(outpatient.get("id").asText());
            assertThat(reply.json().at("/items/0/number").asText()).isEqualTo(outpatient.get("number").asText());
        }
    }

    private static List<String> atRiskNumbers(RunningApi on, Actor actor) {
        RunningApi.Reply reply = on.get("/api/v1/sla/at-risk").as(actor).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        reply.json().get("items").forEach(item -> numbers.add(item.get("number").asText()));
        return numbers;
    }

    @Test
    void aNurseMayNotReadTheAtRiskList() {
        api.configureServiceLevels();

        refused(api, 403, "access.denied", () -> api.get("/api/v1/sla/at-risk").as(NURSE_WANG).send());
    }
}
