package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.CHANGE_MANAGER_LIN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.HEAD_NURSE_HAN;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.SPECIALIST_HUANG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.testkit.DemoCmdb;

/**
 * The demo hospital with its CMDB and change management configured over HTTP as issue 16 tells
 * it: the CAB (change manager Lin, director Gao, HIS lead Wu, head nurse Han), the emergency CAB
 * (Gao, Lin, Han), the ward printer template and the HIS outpatient blackout (Monday to Friday
 * 07:30 to 12:00 on outpatient registration). The clock is on Monday 2 March 2026, 08:00 in
 * Shanghai; windows are given in Shanghai time.
 */
final class ChangeDeskHttp {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String BLACKOUT = "his-outpatient-peak";
    private static final Map<String, Actor> MEMBERS = Map.of(CHANGE_MANAGER_LIN.staffId().value(), CHANGE_MANAGER_LIN,
            DIRECTOR_GAO.staffId().value(), DIRECTOR_GAO, LEAD_WU.staffId().value(), LEAD_WU,
            HEAD_NURSE_HAN.staffId().value(), HEAD_NURSE_HAN);

    final RunningApi api;
    final DemoCmdb.Estate estate;

    ChangeDeskHttp(RunningApi api) {
        this.api = api;
        this.estate = DemoCmdb.loadInto(api.desk.cmdb, CONFIG_MANAGER_QIAN);
        ok(api.put("/api/v1/cab/cab").as(CHANGE_MANAGER_LIN).json(board("Change advisory board 变更咨询委员会", false,
                CHANGE_MANAGER_LIN, "CHANGE_MANAGER", DIRECTOR_GAO, "IT_DIRECTOR", LEAD_WU, "GROUP_LEAD",
                HEAD_NURSE_HAN, "CLINICAL_REPRESENTATIVE")).send());
        ok(api.put("/api/v1/cab/ecab").as(CHANGE_MANAGER_LIN).json(board("Emergency CAB 紧急变更咨询委员会", true,
                CHANGE_MANAGER_LIN, "CHANGE_MANAGER", DIRECTOR_GAO, "IT_DIRECTOR", HEAD_NURSE_HAN,
                "CLINICAL_REPRESENTATIVE")).send());
        ObjectNode template = object().put("name", "Swap a ward printer 更换病区打印机").put("risk", "LOW");
        template.putArray("ciClasses").add("printer");
        template.putArray("windows").add(weekdays("14:00", "17:00"));
        ok(api.put("/api/v1/change-templates/ward-printer-swap").as(CHANGE_MANAGER_LIN).json(template).send());
        ObjectNode window = object().put("name", "HIS outpatient peak 门诊高峰").put("kind", "BLACKOUT");
        window.putArray("attachedTo").add(estate.outpatientRegistration().value().toString());
        window.set("weekly", weekdays("07:30", "12:00"));
        ok(api.put("/api/v1/blackout-windows/" + BLACKOUT).as(CHANGE_MANAGER_LIN).json(window).send());
    }

    static ObjectNode weekdays(String from, String to) {
        ObjectNode weekly = object().put("from", from).put("to", to);
        ArrayNode days = weekly.putArray("days");
        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").forEach(days::add);
        return weekly;
    }

    private static ObjectNode board(String name, boolean emergency, Object... seats) {
        ObjectNode board = object().put("name", name).put("emergency", emergency);
        ArrayNode members = board.putArray("members");
        for (int i = 0; i < seats.length; i += 2) {
            ObjectNode member = members.addObject().put("staff", ((Actor) seats[i]).staffId().value());
            member.putArray("roles").add((String) seats[i + 1]);
        }
        return board;
    }

    /** {@code local} Shanghai time as an ISO-8601 instant with its offset. */
    static String at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toOffsetDateTime().toString();
    }

    static String id(CiId ci) {
        return ci.value().toString();
    }

    CiId hisServer(int n) {
        return estate.hisCluster().get(n - 1);
    }

    CiId pacsServer(int n) {
        return estate.id(DemoCmdb.PACS_SERVERS.get(n - 1));
    }

    /** Moves the clock on to {@code local} Shanghai time. */
    void advanceTo(String local) {
        api.desk.clock.advance(Duration.between(api.desk.clock.instant(),
                LocalDateTime.parse(local).atZone(SHANGHAI).toInstant()));
    }

    /** A body raising a change of HIS support on {@code touched}, from {@code from} to {@code to} Shanghai time. */
    static ObjectNode raising(String model, String from, String to, CiId... touched) {
        ObjectNode body = object().put("model", model).put("summary", "Patch the HIS application server 修补HIS应用服务器")
                .put("description", "Apply the vendor's security patch")
                .put("implementationPlan", "Stop the node, patch, restart")
                .put("backoutPlan", "Restore the VM snapshot taken before")
                .put("testPlan", "Register a test patient").put("windowStart", at(from)).put("windowEnd", at(to))
                .put("outage", "WHOLE_WINDOW").put("group", HIS_SUPPORT.value())
                .put("manager", CHANGE_MANAGER_LIN.staffId().value());
        ArrayNode cis = body.putArray("touchedCis");
        for (CiId ci : touched) {
            cis.add(id(ci));
        }
        return body;
    }

    /** Specialist Huang raises the change; asserts 201. */
    JsonNode raise(ObjectNode body) {
        RunningApi.Reply reply = api.post("/api/v1/changes").as(SPECIALIST_HUANG).json(body).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json();
    }

    /** {@code actor} asks for {@code step} on {@code change} at its version. */
    RunningApi.Reply attempt(Actor actor, JsonNode change, String step, ObjectNode body) {
        RunningApi.Call call = api.post(path(change) + "/" + step).as(actor).header("If-Match", etag(change));
        return (body == null ? call : call.json(body)).send();
    }

    /** Like {@link #attempt}, asserting 200; answers the changed change. */
    JsonNode step(Actor actor, JsonNode change, String step, ObjectNode body) {
        RunningApi.Reply reply = attempt(actor, change, step, body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.etag()).isEqualTo(etag(reply.json()));
        return reply.json();
    }

    /** Submitted, assessed and before its board. */
    JsonNode beforeTheBoard(JsonNode change) {
        JsonNode submitted = step(SPECIALIST_HUANG, change, "submit", null);
        JsonNode assessed = step(CHANGE_MANAGER_LIN, submitted, "assess",
                object().put("likelihood", "POSSIBLE").put("reason", "New patch, tested on one node"));
        return step(CHANGE_MANAGER_LIN, assessed, "request-approval", object());
    }

    /** Every member the board awaits approves, one after the other, until it decides. */
    JsonNode approvedByItsBoard(JsonNode change) {
        while (change.get("status").asText().equals("AWAITING_APPROVAL")) {
            Actor member = MEMBERS.get(change.at("/approval/awaited/0").asText());
            change = step(member, change, "vote", object().put("choice", "APPROVE").put("comment", "agreed 同意"));
        }
        return change;
    }

    JsonNode approved(ObjectNode body) {
        return approvedByItsBoard(beforeTheBoard(raise(body)));
    }

    /** Raised, approved and scheduled in its own window. */
    JsonNode scheduled(ObjectNode body) {
        JsonNode approved = approved(body);
        return step(CHANGE_MANAGER_LIN, approved, "schedule", object().put("windowStart", body.get("windowStart")
                .asText()).put("windowEnd", body.get("windowEnd").asText()));
    }

    JsonNode read(Actor actor, JsonNode change) {
        RunningApi.Reply reply = api.get(path(change)).as(actor).send();
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    static String path(JsonNode change) {
        return "/api/v1/changes/" + change.get("id").asText();
    }

    static String etag(JsonNode change) {
        return "\"" + change.get("version").asLong() + "\"";
    }

    private static void ok(RunningApi.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }
}
