package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RosterDeskHttp.ROTATION;
import static org.itilhis.adapters.rest.RosterDeskHttp.at;
import static org.itilhis.adapters.rest.RosterDeskHttp.duty;
import static org.itilhis.adapters.rest.RosterDeskHttp.etag;
import static org.itilhis.adapters.rest.RosterDeskHttp.firstDuty;
import static org.itilhis.adapters.rest.RosterDeskHttp.generating;
import static org.itilhis.adapters.rest.RosterDeskHttp.holders;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_LIU;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The duty roster over HTTP: lead Sun defines desktop support's shifts, generates March's nights
 * for Liu, Zhou and himself (fair, its imbalance shown), edits it, approves Liu's swap with Zhou,
 * and the desk asks who is on call on Saturday; Liu hands the night over to Zhou, both sign, and
 * an unsigned handover shows up late; and the bad input (a shift that ends before it
 * starts, overlapping duties for one person, a swap with someone not in the group) is refused
 * in English and Chinese with nothing changed.
 */
class RosterHttpTest {
    private RunningApi api;
    private RosterDeskHttp desk;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        desk = new RosterDeskHttp(api);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aMonthOfNightsIsGeneratedFairlyEditedSwappedWithTheLeadsApprovalAndAsksWhoIsOnCall() {
        JsonNode shifts = desk.defineShifts(LEAD_SUN, DESKTOP, RosterDeskHttp.shifts());
        assertThat(shifts.get("version").asLong()).isEqualTo(1);
        RunningApi.Reply read = api.get("/api/v1/shifts/" + DESKTOP.value()).as(ENGINEER_LIU).send();
        assertThat(read.etag()).isEqualTo("\"1\"");
        assertThat(read.json().at("/shifts/2/endsNextDay").asBoolean()).isTrue();
        assertThat(read.json().at("/shifts/3/responseTime").asText()).isEqualTo("PT30M");
        assertThat(api.get("/api/v1/shifts/" + DESKTOP.value()).as(ENGINEER_LIU).header("If-None-Match", "\"1\"")
                .send().status()).isEqualTo(304);

        ObjectNode march = generating(DESKTOP, "2026-03-01", "2026-03-31", ROTATION, "NIGHT");
        RunningApi.Reply generated = api.post("/api/v1/rosters").as(LEAD_SUN).header("Idempotency-Key", "march")
                .json(march).send();
        assertThat(generated.status()).as("%s", generated).isEqualTo(201);
        JsonNode roster = generated.json();
        assertThat(generated.header("Location")).endsWith("/api/v1/rosters/" + roster.get("id").asText());
        assertThat(RosterDeskHttp.duties(roster, "NIGHT")).hasSize(31);
        assertThat(roster.get("fair").asBoolean()).isTrue();
        assertThat(roster.at("/imbalance/0/quarter").asText()).isEqualTo("2026-Q1");
        assertThat(roster.at("/imbalance/0/count").asText()).isEqualTo("NIGHT");
        assertThat(roster.at("/imbalance/0/spread").asInt()).isLessThanOrEqualTo(1);
        RunningApi.Reply retried = api.post("/api/v1/rosters").as(LEAD_SUN).header("Idempotency-Key", "march")
                .json(march).send();
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json().get("id")).isEqualTo(roster.get("id"));

        JsonNode lius = firstDuty(roster, "NIGHT", ENGINEER_LIU);
        JsonNode zhous = firstDuty(roster, "NIGHT", ENGINEER_ZHOU);
        ObjectNode exchange = object().put("kind", "EXCHANGE").put("shift", "NIGHT")
                .put("date", lius.get("date").asText()).put("counterpart", ENGINEER_ZHOU.staffId().value())
                .put("counterpartShift", "NIGHT").put("counterpartDate", zhous.get("date").asText())
                .put("reason", "孩子生病 my child is ill");
        RunningApi.Reply requested = api.post("/api/v1/rosters/" + roster.get("id").asText() + "/swaps")
                .as(ENGINEER_LIU).json(exchange).send();
        assertThat(requested.status()).as("%s", requested).isEqualTo(201);
        JsonNode swap = requested.json();
        assertThat(swap.get("status").asText()).isEqualTo("REQUESTED");
        Problems.refused(api, 403, "access.denied", () -> api.post("/api/v1/rosters/swaps/" + swap.get("id").asText()
                + "/approve").as(ENGINEER_LIU).header("If-Match", etag(swap)).send());
        RunningApi.Reply approved = api.post("/api/v1/rosters/swaps/" + swap.get("id").asText() + "/approve")
                .as(LEAD_SUN).header("If-Match", etag(swap)).send();
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.json().get("decidedBy").asText()).isEqualTo(LEAD_SUN.staffId().value());
        JsonNode swapped = desk.read(ENGINEER_LIU, roster);
        assertThat(holders(swapped, "NIGHT", lius.get("date").asText())).containsExactly("E0102");
        assertThat(holders(swapped, "NIGHT", zhous.get("date").asText())).containsExactly("E0101");
        assertThat(swapped.get("version").asLong()).isGreaterThan(roster.get("version").asLong());
        assertThat(api.get("/api/v1/rosters/swaps?group=" + DESKTOP.value()).as(LEAD_SUN).send().json()
                .at("/items/0/status").asText()).isEqualTo("APPROVED");

        // the weekend on-call of Saturday 7 March goes to the two without that night, in that order
        List<String> free = new ArrayList<>(List.of("E0101", "E0102", "E0100"));
        free.removeAll(holders(swapped, "NIGHT", "2026-03-07"));
        JsonNode first = assigned(swapped, free.get(0), "WEEKEND-ON-CALL", "2026-03-07");
        JsonNode second = assigned(first, free.get(1), "WEEKEND-ON-CALL", "2026-03-07");
        assertThat(holders(second, "WEEKEND-ON-CALL", "2026-03-07")).containsExactlyElementsOf(free);
        assertThat(api.get("/api/v1/rosters/on-call/" + DESKTOP.value()).as(AGENT_CHEN).send().json()
                .get("onCall").asBoolean()).isFalse();
        desk.advanceTo("2026-03-07T10:00");
        JsonNode onCall = ok(api.get("/api/v1/rosters/on-call/" + DESKTOP.value()).as(AGENT_CHEN).send());
        assertThat(onCall.get("onCall").asBoolean()).isTrue();
        assertThat(onCall.get("engineer").asText()).isEqualTo(free.get(0));
        List<String> chain = new ArrayList<>();
        onCall.get("chain").forEach(person -> chain.add(person.asText()));
        assertThat(chain).as("the two on call, then the lead").startsWith(free.toArray(String[]::new))
                .endsWith(LEAD_SUN.staffId().value());
        assertThat(onCall.get("responseTime").asText()).isEqualTo("PT30M");
        assertThat(onCall.get("until").asText()).isEqualTo("2026-03-08T00:00:00Z");

        JsonNode duties = ok(api.get("/api/v1/rosters/duties?engineer=" + free.get(0) + "&from="
                + query("2026-03-07T00:00") + "&to=" + query("2026-03-08T00:00")).as(free.get(0).equals("E0101")
                ? ENGINEER_LIU : free.get(0).equals("E0102") ? ENGINEER_ZHOU : LEAD_SUN).send());
        assertThat(duties.get("items")).extracting(d -> d.get("shift").asText()).contains("WEEKEND-ON-CALL");
        Problems.refused(api, 404, "roster.not-found", () -> api.get("/api/v1/rosters/" + roster.get("id").asText())
                .as(SPECIALIST_HUANG).send());
    }

    @Test
    void aHandoverIsSignedByBothAndOneLeftUnsignedShowsUpLate() {
        desk.defineShifts(LEAD_SUN, DESKTOP, RosterDeskHttp.shifts());
        ObjectNode body = object().put("group", DESKTOP.value()).put("outgoing", "E0101").put("incoming", "E0102")
                .put("shiftChange", at("2026-03-02T08:00"));
        body.putArray("notes").add("5楼东打印机硒鼓已订货 toner for the 5 East printer ordered");
        RunningApi.Reply written = api.post("/api/v1/handovers").as(ENGINEER_LIU).json(body).send();
        assertThat(written.status()).as("%s", written).isEqualTo(201);
        JsonNode handover = written.json();
        assertThat(handover.at("/items/0/kind").asText()).isEqualTo("NOTE");
        assertThat(handover.get("signedByBoth").asBoolean()).isFalse();

        Problems.refused(api, 422, "roster.handover.not-a-party", () -> api.post(path(handover) + "/sign")
                .as(LEAD_SUN).header("If-Match", etag(handover)).json(object().put("party", "OUTGOING")).send());
        JsonNode chinese = Problems.refused(api, 422, "roster.handover.not-a-party", () -> api.post(path(handover)
                + "/sign").as(LEAD_SUN).header("Accept-Language", "zh-CN").header("If-Match", etag(handover))
                .json(object().put("party", "OUTGOING")).send());
        assertThat(chinese.get("detail").asText()).doesNotContain("cannot sign");
        JsonNode incoming = sign(ENGINEER_ZHOU, handover, "INCOMING");
        Problems.refused(api, 412, "handover.version-conflict", () -> api.post(path(handover) + "/sign")
                .as(ENGINEER_LIU).header("If-Match", etag(handover)).json(object().put("party", "OUTGOING")).send());
        JsonNode both = sign(ENGINEER_LIU, incoming, "OUTGOING");
        assertThat(both.get("signedByBoth").asBoolean()).isTrue();

        body.put("shiftChange", at("2026-03-02T17:30")).put("outgoing", "E0102").put("incoming", "E0100");
        JsonNode evening = api.post("/api/v1/handovers").as(ENGINEER_ZHOU).json(body).send().json();
        desk.advanceTo("2026-03-02T19:00");
        JsonNode unsigned = ok(api.get("/api/v1/handovers/unsigned").as(LEAD_SUN).send());
        assertThat(unsigned.get("items")).extracting(h -> h.get("id").asText())
                .containsExactly(evening.get("id").asText());
        assertThat(unsigned.at("/items/0/overdue").asBoolean()).isTrue();
        JsonNode day = ok(api.get("/api/v1/handovers?group=" + DESKTOP.value() + "&from=" + query("2026-03-02T00:00")
                + "&to=" + query("2026-03-03T00:00")).as(LEAD_SUN).send());
        assertThat(day.get("items")).hasSize(2);
        Problems.refused(api, 404, "handover.not-found", () -> api.get(path(handover)).as(NURSE_WANG).send());
    }

    @Test
    void aShiftThatEndsBeforeItStartsOverlappingDutiesAndASwapOutsideTheGroupAreRefusedInBothLanguages() {
        ObjectNode backwards = RosterDeskHttp.shifts();
        ((ObjectNode) backwards.get("shifts").get(0)).put("start", "17:30").put("end", "08:00")
                .put("endsNextDay", false);
        JsonNode english = Problems.refused(api, 422, "roster.shift.ends-before-start", () -> api
                .put("/api/v1/shifts/" + DESKTOP.value()).as(LEAD_SUN).header("If-None-Match", "*").json(backwards)
                .send());
        assertThat(english.get("detail").asText()).contains("DAY", "17:30", "08:00");
        JsonNode chinese = Problems.refused(api, 422, "roster.shift.ends-before-start", () -> api
                .put("/api/v1/shifts/" + DESKTOP.value()).as(LEAD_SUN).header("Accept-Language", "zh-CN")
                .header("If-None-Match", "*").json(backwards).send());
        assertThat(chinese.get("detail").asText()).contains("DAY").isNotEqualTo(english.get("detail").asText());
        Problems.refused(api, 404, "shifts.not-found", () -> api.get("/api/v1/shifts/" + DESKTOP.value())
                .as(LEAD_SUN).send());
        ObjectNode badInput = RosterDeskHttp.shifts();
        ((ObjectNode) badInput.get("shifts").get(1)).put("start", "4pm").put("kind", (String) null);
        assertThat(Problems.fields(Problems.refused(api, 400, "request.invalid", () -> api
                .put("/api/v1/shifts/" + DESKTOP.value()).as(LEAD_SUN).header("If-None-Match", "*").json(badInput)
                .send()))).contains("shifts[1].start", "shifts[1].kind");

        JsonNode shifts = desk.defineShifts(LEAD_SUN, DESKTOP, RosterDeskHttp.shifts());
        Problems.refused(api, 428, "request.precondition-required", () -> api.put("/api/v1/shifts/" + DESKTOP.value())
                .as(LEAD_SUN).json(RosterDeskHttp.shifts()).send());
        Problems.refused(api, 409, "shifts.version-conflict", () -> api.put("/api/v1/shifts/" + DESKTOP.value())
                .as(LEAD_SUN).header("If-None-Match", "*").json(RosterDeskHttp.shifts()).send());
        Problems.refused(api, 403, "access.denied", () -> api.put("/api/v1/shifts/" + DESKTOP.value())
                .as(ENGINEER_LIU).header("If-Match", etag(shifts)).json(RosterDeskHttp.shifts()).send());
        JsonNode roster = desk.generate(LEAD_SUN, generating(DESKTOP, "2026-03-01", "2026-03-31", ROTATION, "NIGHT"));

        JsonNode lius = firstDuty(roster, "NIGHT", ENGINEER_LIU);
        ObjectNode evening = duty(ENGINEER_LIU, "EVENING", lius.get("date").asText());
        JsonNode overlap = Problems.refused(api, 409, "roster.duty.overlap",
                () -> desk.edit(LEAD_SUN, roster, "assign", evening));
        assertThat(overlap.get("detail").asText()).contains("E0101", "EVENING", "NIGHT");
        JsonNode overlapChinese = Problems.refused(api, 409, "roster.duty.overlap", () -> api.post("/api/v1/rosters/"
                + roster.get("id").asText() + "/assign").as(LEAD_SUN).header("Accept-Language", "zh-CN")
                .header("If-Match", etag(roster)).json(evening).send());
        assertThat(overlapChinese.get("detail").asText()).isNotEqualTo(overlap.get("detail").asText());
        Problems.refused(api, 422, "roster.not-in-group", () -> desk.edit(LEAD_SUN, roster, "assign",
                duty(SPECIALIST_HUANG, "DAY", "2026-03-03")));

        ObjectNode cover = object().put("kind", "COVER").put("shift", "NIGHT").put("date", lius.get("date").asText())
                .put("counterpart", SPECIALIST_HUANG.staffId().value()).put("reason", "wedding");
        JsonNode outside = Problems.refused(api, 422, "roster.not-in-group", () -> api.post("/api/v1/rosters/"
                + roster.get("id").asText() + "/swaps").as(ENGINEER_LIU).json(cover).send());
        assertThat(outside.get("detail").asText()).contains("E0201", DESKTOP.value());
        JsonNode outsideChinese = Problems.refused(api, 422, "roster.not-in-group", () -> api.post("/api/v1/rosters/"
                + roster.get("id").asText() + "/swaps").as(ENGINEER_LIU).header("Accept-Language", "zh-CN")
                .json(cover).send());
        assertThat(outsideChinese.get("detail").asText()).contains("E0201")
                .isNotEqualTo(outside.get("detail").asText());
        assertThat(api.get("/api/v1/rosters/swaps?group=" + DESKTOP.value()).as(LEAD_SUN).send().json()
                .get("items")).isEmpty();
        assertThat(desk.read(LEAD_SUN, roster)).isEqualTo(roster);
        Problems.refused(api, 412, "roster.version-conflict", () -> api.post("/api/v1/rosters/"
                + roster.get("id").asText() + "/assign").as(LEAD_SUN).header("If-Match", "\"99\"")
                .json(duty(ENGINEER_LIU, "DAY", "2026-03-03")).send());
        Problems.refused(api, 409, "roster.period-taken", () -> api.post("/api/v1/rosters").as(LEAD_SUN)
                .json(generating(DESKTOP, "2026-03-15", "2026-04-15", ROTATION, "NIGHT")).send());
    }

    private static JsonNode ok(RunningApi.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    /** {@code local} Shanghai time as an instant for a query string ({@code +} sent as {@code %2B}). */
    private static String query(String local) {
        return at(local).replace("+", "%2B");
    }

    private JsonNode assigned(JsonNode roster, String engineer, String shift, String date) {
        RunningApi.Reply reply = desk.edit(LEAD_SUN, roster, "assign",
                object().put("engineer", engineer).put("shift", shift).put("date", date));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.etag()).isEqualTo(etag(reply.json()));
        return reply.json();
    }

    private JsonNode sign(org.itilhis.core.shared.Actor actor, JsonNode handover, String party) {
        RunningApi.Reply reply = api.post(path(handover) + "/sign").as(actor).header("If-Match", etag(handover))
                .json(object().put("party", party)).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    private static String path(JsonNode handover) {
        return "/api/v1/handovers/" + handover.get("id").asText();
    }
}
