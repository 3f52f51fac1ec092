package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.CONFIG_MANAGER_QIAN;
import static org.itilhis.testkit.DemoHospital.DIRECTOR_GAO;
import static org.itilhis.testkit.DemoHospital.PROBLEM_MANAGER_ZHAO;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.itilhis.core.shared.Actor;

/**
 * Odd values where the API reads text, numbers, dates and instants (control characters and
 * NUL, very long and very large values, years far out, path tricks), sent to the running server
 * a few thousand times: no answer is a 5xx, and every refusal is problem+json.
 */
class FuzzHttpProperties {
    private static RunningApi api;

    /** Query parameters the API reads, with who may ask. */
    private record Query(String path, String parameter, Actor actor) {
    }

    private static final List<Query> QUERIES = List.of(
            new Query("/api/v1/incidents", "q", AGENT_CHEN), new Query("/api/v1/incidents", "priority", AGENT_CHEN),
            new Query("/api/v1/incidents", "status", AGENT_CHEN), new Query("/api/v1/incidents", "limit", AGENT_CHEN),
            new Query("/api/v1/incidents", "cursor", AGENT_CHEN), new Query("/api/v1/queue", "limit", AGENT_CHEN),
            new Query("/api/v1/cis", "q", CONFIG_MANAGER_QIAN), new Query("/api/v1/cis", "hostname", CONFIG_MANAGER_QIAN),
            new Query("/api/v1/cis", "ipAddress", CONFIG_MANAGER_QIAN), new Query("/api/v1/cis", "class", CONFIG_MANAGER_QIAN),
            new Query("/api/v1/cis", "cursor", CONFIG_MANAGER_QIAN), new Query("/api/v1/sla/report", "from", DIRECTOR_GAO),
            new Query("/api/v1/sla/report", "to", DIRECTOR_GAO), new Query("/api/v1/sla/report", "unit", DIRECTOR_GAO),
            new Query("/api/v1/sla/queue", "cursor", AGENT_CHEN),
            new Query("/api/v1/calendars/office-hours", "date", DIRECTOR_GAO),
            new Query("/api/v1/calendars/office-hours/document", "at", DIRECTOR_GAO),
            new Query("/api/v1/problems", "q", PROBLEM_MANAGER_ZHAO),
            new Query("/api/v1/problems", "status", PROBLEM_MANAGER_ZHAO),
            new Query("/api/v1/problems", "incident", PROBLEM_MANAGER_ZHAO),
            new Query("/api/v1/problems", "cursor", PROBLEM_MANAGER_ZHAO),
            new Query("/api/v1/known-errors", "cursor", AGENT_CHEN),
            new Query("/api/v1/reports/workload", "from", DIRECTOR_GAO),
            new Query("/api/v1/reports/workload.csv", "to", DIRECTOR_GAO),
            new Query("/api/v1/reports/workload.xlsx", "from", DIRECTOR_GAO));

    @BeforeContainer
    static void start() {
        api = RunningApi.start();
        api.configureServiceLevels();
    }

    @AfterContainer
    static void stop() {
        api.close();
    }

    @Provide
    Arbitrary<String> oddValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars('\u0000', '\r', '\n', '\t', '%', '/', '.', '\\', '"', '\'', '<', '汉')
                        .ofMaxLength(12),
                Arbitraries.of("+999999999-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "2026-13-45",
                        "2026-02-30T25:61:00Z", "99999999999999999999", "-1", "0", "NaN", "../../etc/passwd",
                        "P1'; DROP TABLE ticket; --", "\u0000", "a\u0000b", "\uD83D\uDE91", " ", ""),
                Arbitraries.strings().alpha().ofMinLength(5_000).ofMaxLength(20_000));
    }

    @Provide
    Arbitrary<Query> queries() {
        return Arbitraries.of(QUERIES);
    }

    @Property(tries = 2_000)
    void anOddQueryParameterIsNeverAServerError(@ForAll("queries") Query query, @ForAll("oddValues") String value) {
        RunningApi.Reply reply = api.get(query.path() + "?" + query.parameter() + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)).as(query.actor()).send();

        assertAnswered(reply);
    }

    @Property(tries = 1_000)
    void anOddTextInAContactOrACalendarIsNeverAServerError(@ForAll("oddValues") String value) {
        RunningApi.Reply contact = api.post("/api/v1/contacts").as(AGENT_CHEN)
                .json(Desk.contact(org.itilhis.testkit.DemoHospital.NURSE_WANG, "ward-5-east", value)).send();
        RunningApi.Reply calendar = api.post("/api/v1/calendars/fuzz/versions?reason=fuzz&effectiveFrom="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)).as(DIRECTOR_GAO)
                .raw("text/plain; charset=UTF-8", "NAME " + value + "\nWEEKLY MON..FRI 08:00-17:00\n").send();

        assertAnswered(contact);
        assertAnswered(calendar);
    }

    private static void assertAnswered(RunningApi.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isLessThan(500);
        if (reply.status() >= 400) {
            assertThat(reply.header("Content-Type")).as("%s", reply).startsWith("application/problem+json");
        }
    }
}
