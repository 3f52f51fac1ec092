package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Assertions on problem responses, and on the rule that no error changes data. */
final class Problems {
    private Problems() {
    }

    /**
     * Sends the request and checks the answer is an RFC 9457 problem with {@code status} and
     * {@code code}, without a trace of the server's internals, and that the event log (every
     * change of data appends to it) did not grow.
     */
    static JsonNode refused(RunningApi api, int status, String code, Supplier<RunningApi.Reply> request) {
        int eventsBefore = api.eventCount();
        RunningApi.Reply reply = request.get();
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertNoInternals(reply);
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("type").asText()).isEqualTo("urn:itilhis:problem:" + code);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(api.eventCount()).as("no error changes data").isEqualTo(eventsBefore);
        return problem;
    }

    /** No stack trace, exception or Java class name in the body. */
    static void assertNoInternals(RunningApi.Reply reply) {
        assertThat(reply.text()).doesNotContain("Exception", "\tat ", "org.itilhis.", "java.", "jakarta.",
                "com.fasterxml", "org.glassfish", "org.eclipse");
    }

    /** The {@code field} of each entry of {@code errors}. */
    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
