package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.CHANGE_MANAGER_LIN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.HEAD_NURSE_HAN;
import static org.itilhis.testkit.DemoHospital.LEAD_SUN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;

/**
 * Changes brought over HTTP into the state a test needs, by change manager Lin (who may do every
 * step in every group), on one item, each in a window of its own (so none conflicts with
 * another), likely to go wrong so that they go before the CAB (not the change manager alone) of Lin,
 * director Gao, lead Sun and head nurse Han.
 */
final class ChangeStates {
    /** The states a change is brought into, in lifecycle order. */
    enum State { DRAFT, SUBMITTED, AWAITING_APPROVAL, APPROVED, SCHEDULED, IMPLEMENTED }

    private static final List<Actor> BOARD = List.of(CHANGE_MANAGER_LIN, DIRECTOR_GAO, LEAD_SUN, HEAD_NURSE_HAN);
    private static final Map<String, Actor> MEMBERS = Map.of(CHANGE_MANAGER_LIN.staffId().value(), CHANGE_MANAGER_LIN,
            DIRECTOR_GAO.staffId().value(), DIRECTOR_GAO, LEAD_SUN.staffId().value(), LEAD_SUN,
            HEAD_NURSE_HAN.staffId().value(), HEAD_NURSE_HAN);
    private final RunningApi api;
    private final String item;
    private final AtomicInteger windows = new AtomicInteger();

    /** Defines the CAB; {@code item} is the id of the item every change touches. */
    ChangeStates(RunningApi api, String item) {
        this.api = api;
        this.item = item;
        String[] seats = {"CHANGE_MANAGER", "IT_DIRECTOR", "GROUP_LEAD", "CLINICAL_REPRESENTATIVE"};
        ObjectNode board = object().put("name", "CAB").put("emergency", false);
        ArrayNode members = board.putArray("members");
        for (int i = 0; i < BOARD.size(); i++) {
            members.addObject().put("staff", BOARD.get(i).staffId().value()).putArray("roles").add(seats[i]);
        }
        RunningApi.Reply defined = api.put("/api/v1/cab/cab").as(CHANGE_MANAGER_LIN).json(board).send();
        assertThat(defined.status()).as("%s", defined).isEqualTo(200);
    }

    /** A normal change of {@code group}, brought into {@code state}. */
    JsonNode bring(GroupId group, State state) {
        Instant start = api.desk.clock.instant().plus(Duration.ofDays(2)).plus(Duration.ofHours(3L
                * windows.incrementAndGet()));
        ObjectNode body = object().put("model", "NORMAL").put("summary", "Replace the fuser").put("description",
                "Worn fuser").put("implementationPlan", "Swap it").put("backoutPlan", "Put the old one back")
                .put("testPlan", "Print a test page").put("windowStart", start.toString())
                .put("windowEnd", start.plus(Duration.ofHours(1)).toString()).put("outage", "NONE")
                .put("group", group.value()).put("manager", CHANGE_MANAGER_LIN.staffId().value());
        body.putArray("touchedCis").add(item);
        RunningApi.Reply raised = api.post("/api/v1/changes").as(CHANGE_MANAGER_LIN).json(body).send();
        assertThat(raised.status()).as("%s", raised).isEqualTo(201);
        JsonNode change = raised.json();
        if (state.compareTo(State.SUBMITTED) >= 0) {
            change = step(CHANGE_MANAGER_LIN, change, "submit", null);
        }
        if (state.compareTo(State.AWAITING_APPROVAL) >= 0) {
            change = step(CHANGE_MANAGER_LIN, change, "assess", object().put("likelihood", "LIKELY")
                    .put("reason", "A new fuser model"));
            change = step(CHANGE_MANAGER_LIN, change, "request-approval", object().put("board", "cab"));
        }
        if (state.compareTo(State.APPROVED) >= 0) {
            while (change.get("status").asText().equals("AWAITING_APPROVAL")) {
                change = step(MEMBERS.get(change.at("/approval/awaited/0").asText()), change, "vote",
                        object().put("choice", "APPROVE"));
            }
        }
        if (state.compareTo(State.SCHEDULED) >= 0) {
            change = step(CHANGE_MANAGER_LIN, change, "schedule", window(change));
        }
        if (state.compareTo(State.IMPLEMENTED) >= 0) {
            change = step(CHANGE_MANAGER_LIN, change, "start", null);
            change = step(CHANGE_MANAGER_LIN, change, "complete", null);
        }
        assertThat(change.get("status").asText()).isEqualTo(state == State.IMPLEMENTED ? "IMPLEMENTED"
                : state.name());
        return change;
    }

    /** The change's own window, as the body of {@code schedule}. */
    static ObjectNode window(JsonNode change) {
        return object().put("windowStart", change.get("windowStart").asText())
                .put("windowEnd", change.get("windowEnd").asText());
    }

    /** {@code actor} asks for {@code step} on {@code change} at its version. */
    RunningApi.Reply attempt(Actor actor, JsonNode change, String step, Object body) {
        RunningApi.Call call = api.post(ChangeDeskHttp.path(change) + "/" + step).as(actor)
                .header("If-Match", ChangeDeskHttp.etag(change));
        return (body == null ? call : call.json(body)).send();
    }

    private JsonNode step(Actor actor, JsonNode change, String step, Object body) {
        RunningApi.Reply reply = attempt(actor, change, step, body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }
}
