package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.itilhis.core.shared.Actor;

/** Shortcuts over HTTP to build a small CMDB, as the configuration manager. */
final class Estate {
    private final RunningApi api;
    /** Keeps asset tags unique across the tests of a class sharing one server. */
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    Estate(RunningApi api) {
        this.api = api;
    }

    /** An asset tag unique to this estate. */
    String tag(String base) {
        return base + "-" + suffix;
    }

    static ObjectNode item(String classCode, String assetTag, String name, String criticality) {
        return RunningApi.object().put("classCode", classCode).put("assetTag", assetTag).put("name", name)
                .put("criticality", criticality).put("status", "IN_USE");
    }

    /** A server in the data centre of the main campus. */
    ObjectNode server(String tag, String hostname, String ip) {
        ObjectNode server = item("server", tag(tag), "Server " + hostname, "IMPORTANT")
                .put("campus", "Main").put("building", "DC").put("room", "101").put("owningDepartment", "it-operations");
        server.putObject("attributes").put("hostname", hostname).put("ipAddress", ip);
        return server;
    }

    /** A ward's laser printer. */
    ObjectNode printer(String tag) {
        ObjectNode printer = item("printer", tag(tag), "Ward printer", "GENERAL");
        printer.putObject("attributes").put("printerKind", "laser");
        return printer;
    }

    /** Registers {@code item}; asserts 201 and answers the item. */
    JsonNode register(ObjectNode item) {
        RunningApi.Reply reply = attemptRegister(CONFIG_MANAGER_QIAN, item);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json();
    }

    /** {@code actor} asks to register {@code item}. */
    RunningApi.Reply attemptRegister(Actor actor, ObjectNode item) {
        return api.post("/api/v1/cis").as(actor).json(item).send();
    }

    /** Relates {@code from} to {@code to}; asserts 200 and answers {@code from} as changed. */
    JsonNode relate(JsonNode from, String type, JsonNode to) {
        RunningApi.Reply reply = attemptRelate(from, type, to);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    RunningApi.Reply attemptRelate(JsonNode from, String type, JsonNode to) {
        JsonNode current = read(from);
        return api.post(path(from) + "/relationships").as(CONFIG_MANAGER_QIAN).header("If-Match", etag(current))
                .json(RunningApi.object().put("type", type).put("to", to.get("id").asText())).send();
    }

    /** The item as stored now. */
    JsonNode read(JsonNode item) {
        return api.get(path(item)).as(CONFIG_MANAGER_QIAN).send().json();
    }

    static String path(JsonNode item) {
        return "/api/v1/cis/" + item.get("id").asText();
    }

    static String etag(JsonNode item) {
        return "\"" + item.get("version").asLong() + "\"";
    }
}
