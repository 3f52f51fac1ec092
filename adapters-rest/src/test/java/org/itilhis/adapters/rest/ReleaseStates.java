package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.adapters.rest.RunningApi.object;
import static org.itilhis.testkit.DemoHospital.RELEASE_MANAGER_XU;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.itilhis.core.shared.Actor;

/**
 * Releases brought over HTTP into the state a test needs, by release manager Xu (who may do every
 * step), with the stages build, test, pilot-ward and hospital-wide, bundling {@code change} (a
 * change that exists) unless it is to be bundled in the cell itself.
 */
final class ReleaseStates {
    /** The states a release is brought into, in lifecycle order. */
    enum State {
        /** Planned with no change bundled yet. */
        PLANNED_EMPTY,
        /** Planned with the change bundled, ready to start. */
        PLANNED,
        /** Started: its first stage, build, is the next to decide. */
        IN_PROGRESS,
        /** Started and the build stage entered by a go, so it may be deployed to. */
        BUILD_ENTERED
    }

    private final RunningApi api;
    private final String change;
    private final AtomicInteger versions = new AtomicInteger();

    ReleaseStates(RunningApi api, String change) {
        this.api = api;
        this.change = change;
    }

    /** The change every release bundles. */
    String change() {
        return change;
    }

    /** A release with its own version, brought into {@code state}. */
    JsonNode bring(State state) {
        ObjectNode body = object().put("version", "HIS 6." + versions.incrementAndGet())
                .put("summary", "门诊处方修复").put("manager", RELEASE_MANAGER_XU.staffId().value());
        var changes = body.putArray("changes");
        if (state != State.PLANNED_EMPTY) {
            changes.add(change);
        }
        RunningApi.Reply planned = api.post("/api/v1/releases").as(RELEASE_MANAGER_XU).json(body).send();
        assertThat(planned.status()).as("%s", planned).isEqualTo(201);
        JsonNode release = planned.json();
        if (state.compareTo(State.IN_PROGRESS) >= 0) {
            release = step(release, "start", null);
        }
        if (state.compareTo(State.BUILD_ENTERED) >= 0) {
            release = step(release, "go", object().put("stage", "build").put("reason", "It builds"));
        }
        assertThat(release.get("status").asText()).as("%s", release).isEqualTo(state.compareTo(State.IN_PROGRESS)
                >= 0 ? "IN_PROGRESS" : "PLANNED");
        return release;
    }

    static String path(JsonNode release) {
        return "/api/v1/releases/" + release.get("id").asText();
    }

    static String etag(JsonNode release) {
        return "\"" + release.get("version").asLong() + "\"";
    }

    /** {@code actor} asks for {@code step} on {@code release} at its version. */
    RunningApi.Reply attempt(Actor actor, JsonNode release, String step, Object body) {
        RunningApi.Call call = api.post(path(release) + "/" + step).as(actor).header("If-Match", etag(release));
        return (body == null ? call : call.json(body)).send();
    }

    private JsonNode step(JsonNode release, String step, Object body) {
        RunningApi.Reply reply = attempt(RELEASE_MANAGER_XU, release, step, body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }
}
