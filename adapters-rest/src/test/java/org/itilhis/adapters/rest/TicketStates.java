package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.DESKTOP;
import static org.itilhis.testkit.DemoHospital.ENGINEER_ZHOU;
import static org.itilhis.testkit.DemoHospital.HIS_SUPPORT;
import static org.itilhis.testkit.DemoHospital.HIS_VENDOR;
import static org.itilhis.testkit.DemoHospital.LEAD_WU;
import static org.itilhis.testkit.DemoHospital.NETWORK;
import static org.itilhis.testkit.DemoHospital.NETWORK_MA;
import static org.itilhis.testkit.DemoHospital.VENDOR_ENGINEER;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.testkit.DemoHospital;

/**
 * Brings an incident over HTTP into the state a test needs (compare {@code TicketWorkflows}):
 * raised by the desk for a caller, owned by a group of the demo hospital, then worked step by
 * step by the people who would: the group's {@linkplain #worker worker}, the caller, the desk.
 */
final class TicketStates {
    /** Who works a group's tickets: Zhou for desktop support, Lead Wu for HIS support, Ma the network's. */
    private static final Map<GroupId, Actor> WORKERS = Map.of(DESKTOP, ENGINEER_ZHOU, HIS_SUPPORT, LEAD_WU,
            NETWORK, NETWORK_MA, HIS_VENDOR, VENDOR_ENGINEER);

    private final Desk desk;

    TicketStates(RunningApi api) {
        this.desk = new Desk(api);
    }

    /** The states a ticket is brought into, each one step after the one before. */
    enum State {
        /** As raised and routed; HIS support's and the vendor's tickets escalated there, as HIS faults are. */
        OPEN(null),
        /** With an internal work-log entry and one for the caller, by the desk. */
        NOTED(OPEN),
        /** Accepted by the group's worker, who is named on it from now on. */
        ACCEPTED(OPEN),
        IN_PROGRESS(ACCEPTED),
        /** Waiting for the vendor. */
        ON_HOLD(IN_PROGRESS),
        RESOLVED(IN_PROGRESS),
        /** The caller confirmed the resolution. */
        CLOSED(RESOLVED);

        private final State previous;

        State(State previous) {
            this.previous = previous;
        }

        /** The engineer named on a ticket in this state of {@code group}, if any. */
        Optional<StaffId> engineer(GroupId group) {
            return this == OPEN || this == NOTED ? Optional.empty() : Optional.of(worker(group).staffId());
        }
    }

    static Actor worker(GroupId group) {
        return WORKERS.get(group);
    }

    static String department(Actor caller) {
        return DemoHospital.directory().member(caller.staffId()).orElseThrow().department().value();
    }

    /**
     * An incident of {@code caller}, owned by {@code group}, in {@code state}, as the desk reads it;
     * asserts it has that caller, group and engineer.
     */
    JsonNode bring(Actor caller, GroupId group, State state) {
        assertThat(WORKERS).as("a group someone works").containsKey(group);
        JsonNode ticket = desk.read(worked(caller, group, state));
        assertThat(ticket.get("caller").asText()).isEqualTo(caller.staffId().value());
        assertThat(ticket.get("group").asText()).isEqualTo(group.value());
        assertThat(Optional.ofNullable(ticket.path("engineer").textValue())).as("engineer of %s", ticket)
                .isEqualTo(state.engineer(group).map(StaffId::value));
        return ticket;
    }

    private JsonNode worked(Actor caller, GroupId group, State state) {
        if (state == State.OPEN) {
            return open(caller, group);
        }
        JsonNode ticket = worked(caller, group, state.previous);
        Actor worker = worker(group);
        return switch (state) {
            case OPEN -> ticket;
            case NOTED -> desk.step(AGENT_CHEN, desk.step(AGENT_CHEN, ticket, "work-logs", object().put("minutes", 5)
                            .put("note", "Internal: toner from the wrong supplier")), "work-logs",
                    object().put("minutes", 5).put("note", "We are on it").put("forCaller", true));
            case ACCEPTED -> desk.step(worker, ticket, "accept", null);
            case IN_PROGRESS -> desk.step(worker, ticket, "start", null);
            case ON_HOLD -> desk.step(worker, ticket, "hold", object().put("reason", "AWAITING_VENDOR"));
            case RESOLVED -> desk.step(worker, ticket, "resolve", object().put("code", "FIXED")
                    .put("note", "Cleaned the rollers"));
            case CLOSED -> desk.step(caller, ticket, "confirm", null);
        };
    }

    /** Routed to desktop support ("printer") or the network; escalated from desktop support to HIS support and on. */
    private JsonNode open(Actor caller, GroupId group) {
        String department = department(caller);
        if (group.equals(DESKTOP)) {
            return desk.incidentOf(caller, department, "printer");
        }
        if (group.equals(NETWORK)) {
            return desk.incidentOf(caller, department, "network");
        }
        JsonNode his = desk.step(ENGINEER_ZHOU, desk.incidentOf(caller, department, "his"), "escalate",
                object().put("toGroup", HIS_SUPPORT.value()).put("reason", "An HIS fault"));
        return group.equals(HIS_SUPPORT) ? his : desk.step(LEAD_WU, his, "escalate",
                object().put("toGroup", HIS_VENDOR.value()).put("reason", "A bug in the HIS"));
    }
}
